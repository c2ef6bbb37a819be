/**
 * Builds the search index of a built site with Pagefind's Node API: for each
 * variant, since a reader searches one variant's pages, Pagefind bundles in
 * `search-index/<segment>/<part>/`. Each article page is read (indexed-page.ts)
 * and given to Pagefind as a custom record: its text as words that make a
 * quoted query exact (indexed-words.ts), its headline, day and section as meta,
 * and its section as a filter. Records go in newest first: Pagefind numbers
 * pages in the order they come and lists the pages of a phrase search in that
 * order, so results are newest first without a sort, whose data (a number per
 * page) every first search would fetch: 22 kB at 10,000 articles. Runs in Node,
 * after `astro build` (src/cli/index-search.ts).
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { indexedPage } from './indexed-page.ts';
import { alternatesOf, indexedContent, INDEX_LANGUAGE } from './indexed-words.ts';
import { INDEX_FOLDER, PAGEFIND_FILES, PART_OWN_FILES, PARTS_FILE, type IndexParts } from './bundle.ts';
import type { Folding } from './query.ts';
import { variantBySegment, variants } from '../variants/variants.ts';

/**
 * Word positions per index chunk. Pagefind's default (20,000) makes a query fetch about 30 kB per word; at
 * 2,000 a rare word's chunk is about 4 kB, and a first search at 1,000 articles about 140 kB instead of 190 kB.
 * Smaller chunks fetch no less for frequent words, whose list fills a chunk alone, and each adds an entry to the
 * metadata every search fetches whole (1,000: 8 kB more at 10,000 articles). Pagefind reads it only from this
 * environment variable, which it calls unstable: the version is pinned, and a unit test fails if the setting
 * stops taking effect.
 */
export const INDEX_CHUNK_SIZE = 2_000;
/**
 * Pages in a part of the index. Pagefind holds every page of an index in memory while it builds, about 350 kB
 * a page of Chinese (one word a character): 10,000 pages took 3.6 GB, over the build's 3 GB, and 5,000 take
 * 2.0 GB. A part is built by a process of its own, one after another, and parts are anchored at the oldest
 * article, so that a new article changes only the newest part. In the browser they are merged into one search;
 * each part adds its metadata and a chunk a word to a first search (two parts at 10,000 articles: about 20 kB).
 */
export const PART_PAGES = 5_000;
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

/** A page as Pagefind is given it, with what orders it among the others. */
interface IndexedRecord {
  relative: string;
  day: string;
  record: pagefind.CustomRecord;
}

/** A variant's article pages as Pagefind records, oldest first (within a day, in path order). */
async function recordsOf(root: string, segment: string, base: string): Promise<IndexedRecord[]> {
  const foldingFile = path.join(root, segment, 'search-folding.json');
  const alternates = alternatesOf(JSON.parse(await readFile(foldingFile, 'utf8')) as Folding);
  const records: IndexedRecord[] = [];
  for (const file of await pageFiles(root, segment)) {
    const page = indexedPage(await readFile(file, 'utf8'));
    if (!page) continue;
    const relative = path.relative(root, file).split(path.sep).join('/');
    const { title, day, section } = page;
    const { content, latin } = indexedContent(title, page.blocks, alternates);
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
  return records.sort((a, b) => a.day.localeCompare(b.day));
}

/** Writes one part's Pagefind bundle into `folder`, in a Pagefind process of its own. */
async function writePart(folder: string, records: readonly IndexedRecord[], first: boolean): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  check('Pagefind', errors);
  try {
    // Newest first: Pagefind numbers pages in the order they come and lists a phrase's pages in that order.
    // Within a day, still in path order: at 10,000 articles, the index was 39 % larger in the reverse order.
    const newestFirst = [...records].sort((a, b) => b.day.localeCompare(a.day));
    for (let start = 0; start < newestFirst.length; start += BATCH) {
      // Sent in order; each answered over the pipe.
      await Promise.all(
        newestFirst
          .slice(start, start + BATCH)
          .map(({ relative, record }) => index!.addCustomRecord(record).then(({ errors }) => check(relative, errors))),
      );
    }
    await rm(folder, { recursive: true, force: true });
    check(folder, (await index!.writeFiles({ outputPath: folder })).errors);
    // Pagefind also writes its own interfaces and its worker, which the site does not use; the first part's
    // script and WebAssembly serve every part.
    for (const name of await readdir(folder)) {
      if (!PAGEFIND_FILES.test(name) || (!first && PART_OWN_FILES.test(name))) {
        await rm(path.join(folder, name), { recursive: true });
      }
    }
  } finally {
    await pagefind.close();
  }
}

/**
 * Writes one variant's index into `search-index/<segment>/`: its pages, oldest first, in parts of `partPages`,
 * each a Pagefind bundle in a folder numbered from 0, and `parts.json`, their number. Resolves with the
 * articles indexed.
 */
async function indexVariant(root: string, segment: string, base: string, partPages: number): Promise<number> {
  const records = await recordsOf(root, segment, base);
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
  const folder = path.join(root, INDEX_FOLDER, segment);
  await rm(folder, { recursive: true, force: true });
  const parts = Math.max(1, Math.ceil(records.length / partPages));
  for (let part = 0; part < parts; part++) {
    const inPart = records.slice(part * partPages, (part + 1) * partPages);
    await writePart(path.join(folder, String(part)), inPart, part === 0);
  }
  await writeFile(path.join(folder, PARTS_FILE), JSON.stringify({ parts } satisfies IndexParts));
  return records.length;
}

/**
 * Writes the index of each variant named by its segment (every variant unless named) into the site built in
 * `root`, served under `base`; resolves with the articles indexed.
 */
export async function indexSite(
  root: string,
  base: string,
  segments: readonly string[] = variants.map((v) => v.segment),
  partPages = PART_PAGES,
): Promise<number> {
  let articles = 0;
  // Looked up first, so an unknown segment fails before anything is written.
  for (const { segment } of segments.map(variantBySegment)) {
    articles += await indexVariant(root, segment, base, partPages);
  }
  return articles;
}
