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
import { createHash } from 'node:crypto';
import { cp, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { pipelineText } from '../articles/pipeline.node.ts';
import { filesUnder, stampOf } from '../site/files-under.node.ts';
import { indexedPage } from './indexed-page.ts';
import { alternatesOf, indexedContent, INDEX_LANGUAGE, type Alternates } from './indexed-words.ts';
import { INDEX_FOLDER, PAGEFIND_FILES, PART_OWN_FILES, PARTS_FILE, type IndexParts } from './bundle.ts';
import type { Folding } from './query.ts';
import { variantBySegment, variants } from '../variants/variants.ts';

/**
 * Word positions per index chunk in a large part. Pagefind's default (20,000) makes a query fetch about 30 kB
 * per word; at 2,000 a rare word's chunk is about 4 kB, and a first search at 1,000 articles about 140 kB
 * instead of 190 kB. Smaller chunks fetch no less for frequent words, whose list fills a chunk alone, and each
 * adds an entry to the metadata every search fetches whole (1,000: 8 kB more at 10,000 articles). Pagefind
 * reads it only from this environment variable, which it calls unstable: the version is pinned, and a unit
 * test fails if the setting stops taking effect.
 */
export const INDEX_CHUNK_SIZE = 2_000;
/** The environment variable Pagefind reads the chunk size from; when the build's environment sets it, it wins. */
const CHUNK_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
const chunkOverride = process.env[CHUNK_VARIABLE];

/**
 * Word positions per chunk in a part of `pages` pages: every part a first search merges fetches a chunk a word,
 * so a small part takes small chunks. Three positions a page, from 500 to INDEX_CHUNK_SIZE: on 876 real
 * articles in 9 parts of 100, a first search of 4 characters fetched 148 kB at 500 against 206 kB at 2,000;
 * in 3 parts of 300, 121 kB at 1,000 against 127 kB.
 */
export function chunkSize(pages: number): number {
  return chunkOverride
    ? Number(chunkOverride)
    : Math.min(INDEX_CHUNK_SIZE, Math.max(500, Math.round((pages * 3) / 100) * 100));
}

/**
 * Pages in a part of the index at each level, largest first. Pagefind holds every page of an index in memory
 * while it builds, about 350 kB a page of Chinese (one word a character): 10,000 pages took 3.6 GB, 5,000 take
 * 2.0 GB; and it takes about 3 ms a page. So the pages, oldest first, are cut into full parts of 5,000, then
 * full parts of 500, then the newest few: a new article changes only that last part (fewer than 500 pages);
 * once it fills it is kept as a part of 500, and ten of those become one of 5,000. A part whose pages are
 * unchanged is taken from the cache, not indexed again. Each part is built by a process of its own; in the
 * browser they are merged into one search. Each part adds its metadata and a chunk a word to a first search.
 */
export const PART_LEVELS: readonly number[] = [5_000, 500];
/** Records handed to Pagefind at once: its service answers each over a pipe, so a few wait in line. */
const BATCH = 64;

/** Fails with the file and Pagefind's messages when a step of Pagefind reports errors. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`${step}: ${errors.join('; ')}`);
}

/** The HTML files of a variant's pages, relative to the site, in path order. */
async function pageFiles(root: string, segment: string): Promise<string[]> {
  return (await filesUnder(path.join(root, segment)))
    .filter((name) => name.endsWith('.html'))
    .map((name) => `${segment}/${name}`);
}

/** A page as Pagefind is given it, with what orders it among the others. */
interface IndexedRecord {
  relative: string;
  day: string;
  record: pagefind.CustomRecord;
}

/**
 * What the last build read from each page: the page's stamp (its time and size) and its record (null for a page
 * that is not an article), with the code and the alternates (from the folding table) the records were made
 * with. The build keeps `dist/` and writes only the pages it renders (astro.config.mjs), so an unchanged page
 * keeps its stamp.
 */
interface ReadPages {
  code: string;
  alternates: Array<[string, string[]]>;
  pages: Record<string, { stamp: string; record: IndexedRecord | null }>;
}

/**
 * A pattern matching the characters whose alternates differ between two builds (a new article can give a
 * character a second spelling), or undefined when none do: only records holding one must be made again.
 */
function changedAlternates(before: Alternates, after: Alternates): RegExp | undefined {
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
    (char) => String([...(before.get(char) ?? [])].sort()) !== String([...(after.get(char) ?? [])].sort()),
  );
  return changed.length ? new RegExp(`[${changed.join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'u') : undefined;
}

/**
 * A variant's article pages as Pagefind records, oldest first (within a day, in path order). A page whose
 * stamp is the one the last build saw is not read again, unless its record holds a character whose
 * alternates changed; `pagesFile` keeps what was read, when given.
 */
async function recordsOf(
  root: string,
  segment: string,
  base: string,
  cache: { pagesFile: string; code: string } | undefined,
): Promise<{ records: IndexedRecord[]; read: number }> {
  const folding = await readFile(path.join(root, segment, 'search-folding.json'), 'utf8');
  const alternates = alternatesOf(JSON.parse(folding) as Folding);
  const last: ReadPages | undefined = cache
    ? await readFile(cache.pagesFile, 'utf8').then(
        (text) => JSON.parse(text) as ReadPages,
        () => undefined,
      )
    : undefined;
  const kept = last?.code === cache?.code ? (last?.pages ?? {}) : {};
  const stale = last ? changedAlternates(new Map(last.alternates), alternates) : undefined;
  const next: ReadPages = { code: cache?.code ?? '', alternates: [...alternates], pages: {} };
  const records: IndexedRecord[] = [];
  let read = 0;
  /** A page's record: the one read before when its stamp is the same (and no character of it changed), else read anew. */
  const recordAt = async (relative: string) => {
    const stamp = cache && (await stampOf(path.join(root, relative)));
    const before = stamp !== undefined && kept[relative]?.stamp === stamp ? kept[relative] : undefined;
    let record =
      before && !(stale && before.record && stale.test(before.record.record.content)) ? before.record : undefined;
    if (record === undefined) {
      read++;
      record = recordOf(await readFile(path.join(root, relative), 'utf8'), relative, base, alternates);
    }
    if (stamp !== undefined) next.pages[relative] = { stamp, record };
    return record;
  };
  const files = await pageFiles(root, segment);
  // Side by side, a batch at a time: a large site has tens of thousands of pages to look at.
  for (let start = 0; start < files.length; start += BATCH) {
    for (const record of await Promise.all(files.slice(start, start + BATCH).map(recordAt))) {
      if (record) records.push(record);
    }
  }
  if (cache && (read > 0 || stale)) {
    await mkdir(path.dirname(cache.pagesFile), { recursive: true });
    await writeFile(cache.pagesFile, JSON.stringify(next));
  }
  return { records: records.sort((a, b) => a.day.localeCompare(b.day)), read };
}

/** A built page as a Pagefind record, or null when it is not an article. */
function recordOf(html: string, relative: string, base: string, alternates: Alternates): IndexedRecord | null {
  const page = indexedPage(html);
  if (!page) return null;
  const { title, titleBreaks, day, section } = page;
  const { content, latin } = indexedContent(title, page.blocks, alternates);
  return {
    relative,
    day,
    record: {
      url: base + relative.replace(/(^|\/)index\.html$/, '$1'),
      content,
      language: INDEX_LANGUAGE,
      meta: {
        title,
        day,
        ...(section ? { section } : {}),
        ...(latin ? { latin } : {}),
        ...(titleBreaks.length ? { breaks: titleBreaks.join(',') } : {}),
      },
      filters: section ? { section: [section] } : {},
    },
  };
}

/**
 * What records and parts are made from besides the pages: the indexer's code, the versions of Pagefind and
 * everything else installed, and the chunk size. Read from the project the indexer runs in.
 */
async function codeVersion(): Promise<string> {
  const project = pathToFileURL(`${process.cwd()}/`);
  return hashOf(await pipelineText(project, ['package-lock.json', 'src/lib/search/']), String(chunkOverride));
}

/** A short content hash. */
function hashOf(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Where parts start and end, as positions in the records (oldest first): full parts of each level's size, then the rest. */
export function partRanges(count: number, levels: readonly number[] = PART_LEVELS): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (const size of levels) {
    for (; count - start >= size; start += size) ranges.push([start, start + size]);
  }
  if (start < count || ranges.length === 0) ranges.push([start, count]);
  return ranges;
}

/**
 * Pages from which writing a part takes the cache's lock: variants may be indexed side by side in a rebuild
 * (src/cli/after-astro.ts), where parts are small, but two large parts at once (about 2 GB each at 5,000 pages)
 * would pass the build's memory budget.
 */
const LARGE_PART = 1_000;

/** Runs `work` holding the lock file `lock` (created exclusively), waiting while another process holds it. */
export async function holding<T>(lock: string, work: () => Promise<T>): Promise<T> {
  await mkdir(path.dirname(lock), { recursive: true });
  for (;;) {
    const handle = await open(lock, 'wx').catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
      return undefined;
    });
    if (handle) {
      await handle.close();
      break;
    }
    // A lock older than an hour was left by a process that died.
    const since = await stat(lock).then(
      (info) => Date.now() - info.mtimeMs,
      () => 0,
    );
    if (since > 3_600_000) await rm(lock, { force: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}

/** Writes one part's Pagefind bundle into `folder`, in a Pagefind process of its own. */
async function writePart(folder: string, records: readonly IndexedRecord[], first: boolean): Promise<void> {
  // Read by the Pagefind process createIndex starts.
  process.env[CHUNK_VARIABLE] = String(chunkSize(records.length));
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

/** How a variant's index came out: articles indexed, pages read, parts in all and parts written anew. */
export interface IndexedVariant {
  articles: number;
  read: number;
  parts: number;
  written: number;
}

/** What the cache keeps of a part between builds: its key, and each page's URL, record hash and Pagefind id. */
interface KeptPart {
  key: string;
  pages: Array<{ url: string; hash: string; id: string }>;
}

/** What the cache keeps of a variant's index: the code it was made with, and its parts, oldest first. */
interface IndexState {
  code: string;
  parts: KeptPart[];
}

/**
 * A full part whose pages changed in more than this share is written again; below it, the part is kept and
 * its changed pages are patched (see indexVariant).
 */
const PATCH_SHARE = 0.1;

/** Pagefind's id of each page of a written part, by URL: the name of the page's fragment, which holds its URL. */
async function idsOf(folder: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const name of await readdir(path.join(folder, 'fragment'))) {
    // A fragment is gzip JSON after Pagefind's 12-byte signature.
    const json = gunzipSync(await readFile(path.join(folder, 'fragment', name))).subarray(12);
    ids.set((JSON.parse(json.toString('utf8')) as { url: string }).url, name.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/**
 * Writes one variant's index into `search-index/<segment>/`: its pages, oldest first, in parts (partRanges),
 * each a Pagefind bundle in a folder numbered from 0, and `parts.json`. With a cache folder, a part whose pages
 * are unchanged is copied from there (or left where it is) instead of being indexed again; and a full part of
 * which a few pages changed (an old article corrected) is kept as it is, those pages' new records going into the
 * newest part: `parts.json` lists the kept part's stale pages (`superseded`) and the newer copies with their days
 * (`patched`), so that the browser leaves out the first and puts the second in their place by date.
 */
async function indexVariant(root: string, segment: string, options: IndexOptions): Promise<IndexedVariant> {
  const own = options.cache && path.join(options.cache, INDEX_FOLDER, segment);
  const code = own ? await codeVersion() : '';
  const { records, read } = await recordsOf(
    root,
    segment,
    options.base,
    own ? { pagesFile: path.join(own, 'pages.json'), code } : undefined,
  );
  const folder = path.join(root, INDEX_FOLDER, segment);
  const levels = options.levels ?? PART_LEVELS;
  const ranges = partRanges(records.length, levels);
  if (!own) {
    await rm(folder, { recursive: true, force: true });
    for (const [part, [start, end]] of ranges.entries()) {
      await writePart(path.join(folder, String(part)), records.slice(start, end), part === 0);
    }
    await writeFile(path.join(folder, PARTS_FILE), JSON.stringify({ parts: ranges.length } satisfies IndexParts));
    return { articles: records.length, read, parts: ranges.length, written: ranges.length };
  }

  // The parts the site holds from the last build, by key: those still wanted stay where they are.
  const before = await readFile(path.join(folder, PARTS_FILE), 'utf8').then(
    (text) => JSON.parse(text) as IndexParts,
    () => undefined,
  );
  if (!before?.keys) await rm(folder, { recursive: true, force: true });
  const stateFile = path.join(own, 'state.json');
  const state = await readFile(stateFile, 'utf8').then(
    (text) => JSON.parse(text) as IndexState,
    () => undefined,
  );
  const keptParts = state?.code === code ? state.parts : [];
  const hashOfRecord = ({ record }: IndexedRecord) => hashOf(JSON.stringify(record));

  // Which parts to keep, to write, and which pages to patch.
  const full = ranges.filter(([start, end]) => levels.includes(end - start));
  const plan: Array<{ records: IndexedRecord[]; kept?: KeptPart }> = [];
  const superseded: string[] = [];
  const patches: IndexedRecord[] = [];
  for (const [part, [start, end]] of full.entries()) {
    const inPart = records.slice(start, end);
    const kept = keptParts[part];
    const sameArticles =
      kept?.pages.length === inPart.length && kept.pages.every((page, i) => page.url === inPart[i]!.record.url);
    const changed = sameArticles ? inPart.filter((record, i) => kept.pages[i]!.hash !== hashOfRecord(record)) : [];
    if (kept && sameArticles && changed.length <= inPart.length * PATCH_SHARE) {
      plan.push({ records: inPart, kept });
      for (const record of changed) {
        superseded.push(`${part}:${kept.pages.find((page) => page.url === record.record.url)!.id}`);
        patches.push(record);
      }
    } else {
      plan.push({ records: inPart });
    }
  }
  const newest = [...records.slice(full.at(-1)?.[1] ?? 0), ...patches];
  if (newest.length || plan.length === 0) plan.push({ records: newest });

  const keys: string[] = [];
  const nextState: IndexState = { code, parts: [] };
  const patched: Record<string, string> = {};
  let written = 0;
  for (const [part, { records: inPart, kept }] of plan.entries()) {
    const key = kept?.key ?? hashOf(code, String(part === 0), ...inPart.map(({ record }) => JSON.stringify(record)));
    keys.push(key);
    const cached = path.join(own, 'parts', key);
    if (!(await stat(cached).catch(() => undefined))) {
      const write = () => writePart(`${cached}.tmp`, inPart, part === 0);
      await (inPart.length >= LARGE_PART ? holding(path.join(path.dirname(own), 'large-part.lock'), write) : write());
      await rename(`${cached}.tmp`, cached);
      written++;
    }
    const target = path.join(folder, String(part));
    if (before?.keys?.[part] !== key || !(await stat(target).catch(() => undefined))) {
      await rm(target, { recursive: true, force: true });
      // With their times, so that the deploy manifest (deploy-manifest.node.ts) need not read them again.
      await cp(cached, target, { recursive: true, preserveTimestamps: true });
    }
    if (kept) {
      nextState.parts.push(kept);
      continue;
    }
    const ids = await idsOf(cached);
    const pages = inPart.map((record) => ({
      url: record.record.url,
      hash: hashOfRecord(record),
      id: ids.get(record.record.url)!,
    }));
    nextState.parts.push({ key, pages });
    for (const record of inPart.filter((r) => patches.includes(r)))
      patched[`${part}:${ids.get(record.record.url)}`] = record.day;
  }
  for (let part = plan.length; part < (before?.parts ?? 0); part++) {
    await rm(path.join(folder, String(part)), { recursive: true, force: true });
  }
  // Parts no longer in the index are dropped from the cache.
  const stale = (await readdir(path.join(own, 'parts'))).filter((name) => !keys.includes(name));
  await Promise.all(stale.map((name) => rm(path.join(own, 'parts', name), { recursive: true, force: true })));
  await writeFile(stateFile, JSON.stringify(nextState));
  const parts: IndexParts = {
    parts: plan.length,
    keys,
    ...(superseded.length && { superseded, patched }),
  };
  await writeFile(path.join(folder, PARTS_FILE), JSON.stringify(parts));
  return { articles: records.length, read, parts: plan.length, written };
}

/** Whether a variant was indexed before with this cache folder, so that a rebuild writes only small parts. */
export async function indexedBefore(cache: string, segment: string): Promise<boolean> {
  return Boolean(await stat(path.join(cache, INDEX_FOLDER, segment, 'state.json')).catch(() => undefined));
}

/** Removes from the site built in `root` the index of every variant it no longer has (SITE_VARIANTS narrowed); returns their segments. */
export async function removeOtherIndexes(root: string): Promise<string[]> {
  const kept = new Set<string>(variants.map((v) => v.segment));
  const folder = path.join(root, INDEX_FOLDER);
  const other = (await readdir(folder).catch(() => [])).filter((name) => !kept.has(name));
  await Promise.all(other.map((name) => rm(path.join(folder, name), { recursive: true, force: true })));
  return other;
}

/** How to index a site: its base path, the variants (every one unless named), the part sizes and a cache folder. */
export interface IndexOptions {
  base: string;
  segments?: readonly string[];
  levels?: readonly number[];
  /** Astro's cache folder: what was read and indexed is kept there, and a rebuild indexes only what changed. */
  cache?: string;
}

/** Writes the index of each variant (every variant unless named) into the site built in `root`. */
export async function indexSite(root: string, options: IndexOptions): Promise<IndexedVariant[]> {
  // Looked up first, so an unknown segment fails before anything is written.
  const chosen = (options.segments ?? variants.map((v) => v.segment)).map(variantBySegment);
  const done: IndexedVariant[] = [];
  for (const { segment } of chosen) done.push(await indexVariant(root, segment, options));
  return done;
}
