import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { loaderInputs } from '../../src/lib/articles/pipeline.node.ts';

/** Every project file `entry` imports, directly or not, as TypeScript's own pre-processor reads the imports. */
function importedFiles(entry: string): Set<string> {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (fileName.startsWith('.')) visit(path.normalize(path.join(path.dirname(file), fileName.replace(/\?.*$/, ''))));
    }
  };
  visit(entry);
  return found;
}

describe('the content loader’s cache key', () => {
  test('covers every module the loader imports, and the Markdown plugins the config gives it', async () => {
    const items = await loaderInputs(pathToFileURL(`${process.cwd()}/`));
    const covered = (file: string) =>
      items.some((item) => (item.endsWith('/') ? file.startsWith(item) : file === item));
    // The config's imports from src/lib/ are its Markdown plugins (and helpers), which shape every rendered article.
    const fromConfig = [...importedFiles('astro.config.mjs')].filter((file) => file.startsWith('src/lib/'));
    const modules = [
      ...importedFiles('src/lib/articles/loader.ts'),
      ...fromConfig.flatMap((f) => [...importedFiles(f)]),
    ];
    expect(modules).toContain('src/lib/images/figures.ts');
    expect([...new Set(modules)].filter((file) => !covered(file))).toEqual([]);
    for (const file of ['astro.config.mjs', 'package-lock.json']) expect(covered(file), file).toBe(true);
  });
});
