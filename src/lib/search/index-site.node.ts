/**
 * Builds the search index of a built site with Pagefind's Node API: one
 * Pagefind bundle per variant, in `search-index/<segment>/`, since a reader
 * searches one variant's pages. Each article page is read (indexed-page.ts)
 * and given to Pagefind as a custom record: its text as words that make a
 * quoted query exact (indexed-words.ts), its headline, day and section as meta,
 * and its section as a filter. Records go in newest first: Pagefind numbers
 * pages in the order they come and lists the pages of a phrase search in that
 * order, so results are newest first without a sort, whose data (a number per
 * page) every first search would fetch: 22 kB at 10,000 articles. Runs in Node,
 * after `astro build` (src/cli/index-search.ts).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { indexedPage } from './indexed-page.ts';
import { alternatesOf, indexedContent, INDEX_LANGUAGE } from './indexed-words.ts';
import { INDEX_FOLDER, PAGEFIND_FILES } from './bundle.ts';
import type { Folding } from './query.ts';
import { variantBySegment, variants } from '../variants/variants.ts';

/**
 * Word positions per index chunk. Pagefind's default (20,000) makes a query fetch about 30 kB per word; at
 * 1,000 a chunk is about 2 kB, and a first search at 1,000 articles about 120 kB instead of 200 kB. Pagefind
 * reads it only from this environment variable, which it calls unstable: the version is pinned, and a build
 * test fails if the setting stops taking effect.
 */
export const INDEX_CHUNK_SIZE = 1_000;
/** Records handed to Pagefind at once: its service answers each over a pipe, so a few wait in line. */
const BATCH = 64;

/** Fails with the file and Pagefind's messages when a step of Pagefind reports errors. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`${step}: ${errors.join('; ')}`);
}

/** The HTML files of a variant's pages, in path order. */
async function pageFiles(root: string, segment: string): Promise<string[]> {
  const entries = await readdir(path.join(root, segment), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Writes one variant's Pagefind bundle into `search-index/<segment>/`; resolves with the articles indexed. */
async function indexVariant(root: string, segment: string, base: string): Promise<number> {
  const foldingFile = path.join(root, segment, 'search-folding.json');
  const alternates = alternatesOf(JSON.parse(await readFile(foldingFile, 'utf8')) as Folding);
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({});
  check('Pagefind', errors);
  try {
    const records: Array<{ relative: string; day: string; record: pagefind.CustomRecord }> = [];
    for (const file of await pageFiles(root, segment)) {
      const page = indexedPage(await readFile(file, 'utf8'));
      if (!page) continue;
      const relative = path.relative(root, file).split(path.sep).join('/');
      const { content, latin } = indexedContent(page.blocks, alternates);
      const { title, day, section } = page;
      records.push({
        relative,
        day,
        record: {
          url: base + relative.replace(/(^|\/)index\.html$/, '$1'),
          content,
          language: INDEX_LANGUAGE,
          meta: { title, day, ...(section ? { section } : {}), ...(latin ? { latin } : {}) },
          filters: section ? { section: [section] } : {},
        },
      });
    }
    // Newest first (stable: within a day, in path order), as Pagefind numbers its pages in the order they come.
    records.sort((a, b) => b.day.localeCompare(a.day));
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = records.slice(start, start + BATCH);
      // Sent in order; each answered over the pipe.
      await Promise.all(
        batch.map(({ relative, record }) =>
          index!.addCustomRecord(record).then(({ errors }) => check(relative, errors)),
        ),
      );
    }
    const folder = path.join(root, INDEX_FOLDER, segment);
    await rm(folder, { recursive: true, force: true });
    check(folder, (await index!.writeFiles({ outputPath: folder })).errors);
    // Pagefind also writes its own interfaces and its worker; the site uses neither.
    for (const name of await readdir(folder)) {
      if (!PAGEFIND_FILES.test(name)) await rm(path.join(folder, name), { recursive: true });
    }
    return records.length;
  } finally {
    await pagefind.close();
  }
}

/**
 * Writes the index of each variant named by its segment (every variant unless named) into the site built in
 * `root`, served under `base`; resolves with the articles indexed.
 */
export async function indexSite(
  root: string,
  base: string,
  segments: readonly string[] = variants.map((v) => v.segment),
): Promise<number> {
  let articles = 0;
  // Looked up first, so an unknown segment fails before anything is written.
  for (const { segment } of segments.map(variantBySegment)) articles += await indexVariant(root, segment, base);
  return articles;
}
