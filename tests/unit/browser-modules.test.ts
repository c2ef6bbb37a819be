/**
 * Nothing that only runs in Node or inside Astro may reach the reader's
 * browser: every module bundled for the browser (the `<script>`s of .astro
 * files, the search code bundled through `?worker&url`, and everything they
 * import) is checked for `node:*`, Node built-ins and `astro:*` imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = 'src';
const sourceFiles = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).map((f) => path.join(SRC, f));

/** Import specifiers of a piece of code, leaving out type-only imports, which the compiler erases. */
function importsOf(code: string): string[] {
  return [
    ...code.matchAll(
      /^\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/gm,
    ),
  ].map((m) => (m[1] ?? m[2])!);
}

/** The browser entry points: each .astro file's bundled scripts, and files imported as `?worker&url`. */
function browserEntries(): Array<{ from: string; specifier: string }> {
  const entries: Array<{ from: string; specifier: string }> = [];
  for (const file of sourceFiles.filter((f) => f.endsWith('.astro'))) {
    const source = readFileSync(file, 'utf8');
    for (const [, attributes, code] of source.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
      if (/\bis:inline\b|type="application\/ld\+json"/.test(attributes ?? '')) continue;
      for (const specifier of importsOf(code!)) entries.push({ from: file, specifier });
    }
    for (const [, specifier] of source.matchAll(/from\s+['"]([^'"]+)\?worker&url['"]/g))
      entries.push({ from: file, specifier: specifier! });
  }
  return entries;
}

const forbidden = (specifier: string) =>
  specifier.startsWith('node:') ||
  specifier.startsWith('astro:') ||
  specifier === 'astro' ||
  builtinModules.includes(specifier);

/** Every forbidden import reachable from an entry, with the chain of modules that leads to it. */
function forbiddenImports(): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (forbidden(specifier)) problems.push(`${[...chain, file].join(' → ')} imports ${specifier}`);
      // A Vite suffix (`?worker&url`: a module bundled on its own) names the same browser module.
      else if (specifier.startsWith('.'))
        visit(path.join(path.dirname(file), specifier.replace(/\?.*$/, '')), [...chain, file]);
    }
  };
  for (const { from, specifier } of browserEntries()) {
    if (forbidden(specifier)) problems.push(`${from} imports ${specifier} in a browser script`);
    else if (specifier.startsWith('.')) visit(path.join(path.dirname(from), specifier), [from]);
  }
  return problems;
}

describe('code shipped to the browser', () => {
  test('has entry points to check (the checker finds the scripts)', () => {
    const entries = browserEntries().map((e) => e.specifier);
    expect(entries).toEqual(expect.arrayContaining(['./script-switch/keep-place.ts', './search/site-search.ts']));
  });

  test('imports nothing from node:*, Node built-ins or astro:*', () => {
    expect(forbiddenImports()).toEqual([]);
  });

  test('the checker catches a Node import in a browser module', () => {
    expect(
      importsOf("import { readFile } from 'node:fs';\nimport type { X } from 'astro:content';").filter(forbidden),
    ).toEqual(['node:fs']);
  });
});
