/**
 * Builds the Pagefind index of a built site, through Pagefind's Node API (as
 * Starlight does). Each variant gets an index of its own (`pagefind/<segment>/`),
 * made by a Pagefind process of its own that exits before the next starts: the
 * indexer holds every page it is given in memory, and writing the index takes
 * about three times what the pages took, so one variant at a time halves the
 * peak. A reader searches one variant's pages anyway.
 * Runs in Node, after `astro build` (src/cli/index-search.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { pageForIndex } from './index-text.ts';
import { INDEXED_PUNCTUATION } from './query.ts';
import { variants } from '../variants/variants.ts';

/** Lists the HTML files below a folder, in a stable order. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Writes `pagefind/<segment>/` into the site built in `root`, served under `base`; resolves with the pages indexed. */
export async function indexSite(root: string, base: string): Promise<number> {
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  let pages = 0;
  for (const variant of variants) {
    const folder = path.join(root, variant.segment);
    // Chinese punctuation is indexed as words, so a pasted sentence is an exact phrase, marks included.
    const { index, errors } = await createIndex({ includeCharacters: INDEXED_PUNCTUATION });
    if (!index || errors.length) fail('createIndex', errors);
    try {
      for (const file of await htmlFiles(folder)) {
        const content = pageForIndex(await readFile(file, 'utf8'));
        if (!content) continue;
        const relative = path.relative(root, file).split(path.sep).join('/');
        const url = base + relative.replace(/(^|\/)index\.html$/, '$1');
        const added = await index!.addHTMLFile({ url, content });
        if (added.errors.length) fail(`indexing ${relative}`, added.errors);
        pages++;
      }
      const written = await index!.writeFiles({ outputPath: path.join(root, 'pagefind', variant.segment) });
      if (written.errors.length) fail('writeFiles', written.errors);
    } finally {
      await close();
    }
  }
  return pages;
}
