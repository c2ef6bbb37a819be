/**
 * Builds the Pagefind index of a built site, through Pagefind's Node API (as
 * Starlight does). Each variant gets an index of its own (`pagefind/<segment>/`),
 * since a reader searches one variant's pages. The indexer holds every page it is
 * given in memory, and writing the index takes about three times that (about
 * 0.3 MB a page at its peak), so a variant of more than PART_PAGES pages is
 * indexed in parts of at most that many, each by a Pagefind process of its own
 * that exits before the next starts: the indexer's peak stays the same however
 * large the archive grows. The first part is `pagefind/<segment>/`, the others
 * `pagefind/<segment>/<n>/`, listed in the first's `parts.json`, which the
 * browser merges (Pagefind's mergeIndex).
 * Runs in Node, after `astro build` (src/cli/index-search.ts).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { indexedPageDate, pageForIndex } from './index-text.ts';
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

/**
 * The indexed pages of a variant, newest first (by their `date` sort key). Parts are cut in this order, so that
 * the date order, part after part, is the whole index's (the browser's ranking relies on it).
 */
async function articlePagesNewestFirst(root: string, segment: string) {
  const pages: Array<{ file: string; relative: string; date: string }> = [];
  for (const file of await htmlFiles(path.join(root, segment))) {
    const date = indexedPageDate(await readFile(file, 'utf8'));
    if (date === undefined) continue;
    pages.push({ file, relative: path.relative(root, file).split(path.sep).join('/'), date });
  }
  return pages.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}

/** Pages per part of a variant's index: about 1.5 GB at the indexer's peak. SEARCH_INDEX_PART_PAGES sets it (tests). */
const PART_PAGES = Number(process.env['SEARCH_INDEX_PART_PAGES'] ?? 5000);

/** The file in a variant's first index part that lists its other parts, as paths relative to it. */
export const PARTS_FILE = 'parts.json';

const fail = (step: string, errors: string[]): never => {
  throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
};

/** One part of a variant's index: a Pagefind process of its own, given pages until it is written to `outputPath`. */
async function indexPart() {
  // Chinese punctuation is indexed as words, so a pasted sentence is an exact phrase, marks included.
  const { index, errors } = await createIndex({ includeCharacters: INDEXED_PUNCTUATION });
  if (!index || errors.length) fail('createIndex', errors);
  let pages = 0;
  return {
    get pages() {
      return pages;
    },
    async add(url: string, content: string, relative: string) {
      const added = await index!.addHTMLFile({ url, content });
      if (added.errors.length) fail(`indexing ${relative}`, added.errors);
      pages++;
    },
    async write(outputPath: string) {
      try {
        const written = await index!.writeFiles({ outputPath });
        if (written.errors.length) fail('writeFiles', written.errors);
      } finally {
        await close();
      }
    },
  };
}

/** Writes `pagefind/<segment>/` (and its parts) into the site built in `root`, served under `base`; resolves with the pages indexed. */
export async function indexSite(root: string, base: string): Promise<number> {
  let pages = 0;
  for (const variant of variants) {
    const first = path.join(root, 'pagefind', variant.segment);
    const partPath = (n: number) => (n === 1 ? first : path.join(first, String(n)));
    let part = await indexPart();
    let parts = 1;
    try {
      for (const { file, relative } of await articlePagesNewestFirst(root, variant.segment)) {
        if (part.pages === PART_PAGES) {
          await part.write(partPath(parts++));
          part = await indexPart();
        }
        // Each page says which part it is in: merged results come ordered by score, so the browser takes the date
        // order part by part (newest part first), filtering on this.
        const content = pageForIndex(await readFile(file, 'utf8'), parts)!;
        await part.add(base + relative.replace(/(^|\/)index\.html$/, '$1'), content, relative);
        pages++;
      }
      await part.write(partPath(parts));
    } finally {
      await close();
    }
    const others = Array.from({ length: parts - 1 }, (_, i) => `${i + 2}/`);
    await writeFile(path.join(first, PARTS_FILE), JSON.stringify(others));
  }
  return pages;
}
