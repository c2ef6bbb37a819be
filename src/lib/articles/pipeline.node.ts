/**
 * The code and data that derived results (the content loader's entries, the conversion review) are made from,
 * read as one text to digest: when it changes, every cached result made from it is stale. Runs in Node: at build
 * time, in `astro dev` and in the review.
 */
import { readdir, readFile } from 'node:fs/promises';
import { posix } from 'node:path';

/** The contents of `items` under `root` (files, or folders ending in `/`, read whole), in a stable order; a missing one reads as empty. */
export async function pipelineText(root: URL, items: readonly string[]): Promise<string> {
  const texts: string[] = [];
  for (const item of items) {
    const url = new URL(item, root);
    const names = item.endsWith('/') ? (await readdir(url, { recursive: true }).catch(() => [])).sort() : [''];
    for (const name of names) texts.push(item + name, await readFile(new URL(name, url), 'utf8').catch(() => ''));
  }
  return texts.join('\0');
}

// A module's imports: static (`import … from`, `export … from`, bare `import '…'`, over several lines) and dynamic.
const IMPORTS =
  /(?:^|[^\w$.])(?:import|export)\s*(?:type\s+)?(?:[\w*{}\s,$]+?\s*from\s*)?['"]([^'"\n]+)['"]|import\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** The project files `entries` import, directly or not, through relative imports, entries included (paths from `root`), sorted. */
export async function importGraph(root: URL, entries: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (found.has(file)) return;
    found.add(file);
    const text = await readFile(new URL(file, root), 'utf8').catch(() => '');
    for (const match of text.matchAll(IMPORTS)) {
      const specifier = (match[1] ?? match[2])!.replace(/\?.*$/, '');
      if (specifier.startsWith('.')) await visit(posix.normalize(posix.join(posix.dirname(file), specifier)));
    }
  };
  for (const entry of entries) await visit(entry);
  return [...found].sort();
}

/**
 * What every entry is made from besides its own file, derived from the import graph: the loader and every module it
 * imports, the config and the modules of src/lib/ it imports (the Markdown plugins), the installed packages
 * (OpenCC's dictionaries among them). A change to any of them renders every article again.
 */
export async function loaderInputs(root: URL): Promise<string[]> {
  const config = await importGraph(root, ['astro.config.mjs']);
  const modules = await importGraph(root, [
    'src/lib/articles/loader.ts',
    ...config.filter((f) => f.startsWith('src/lib/')),
  ]);
  return [...modules, 'astro.config.mjs', 'package-lock.json'];
}
