/**
 * The search engine: reads the variant's index (src/lib/search/index-format.ts)
 * for exact matches of the query's terms in the page's script, ranks them, and
 * makes our own excerpts, so that every matched word is marked whatever script
 * it was typed in; also what the page hands it in `data-*` attributes (see
 * src/lib/search/page-data.ts). Runs in the browser, loaded only when the
 * reader shows intent to search.
 */
import { markedExcerpt } from '../../lib/search/excerpt.ts';
import {
  pairKey,
  readShard,
  recordPath,
  SECTIONS_FILE,
  shardOf,
  shardPath,
  type ArticleRecord,
  type IndexEntry,
  type List,
  type SectionTable,
} from '../../lib/search/index-format.ts';
import type { SearchStatusStrings } from '../../lib/search/page-data.ts';
import { indexSpellings, queryTerms, termPattern, type Folding } from '../../lib/search/query.ts';

/** Where the page's search files are; the server writes them into data attributes. */
export interface SearchSources {
  /** URL of the variant's index entry file. */
  index: string;
  /** URL of the variant's folding table. */
  folding: string;
}

/** One article found: where to go, its headline, and a passage with the matches marked (escaped HTML). */
export interface SearchHit {
  url: string;
  title: string;
  excerptHtml: string;
}

/**
 * The articles found, newest first (China-time days; within a day, headlines that hold the query first):
 * how many in all, and each one on request, so only the results shown are fetched.
 */
export interface SearchResults {
  total: number;
  /** The first `count` hits in order (fewer when there are fewer). */
  hits(count: number): Promise<SearchHit[]>;
  /** How many of the results are in each section, by the section's name in the page's script. */
  sectionCounts(names: readonly string[]): Promise<Map<string, number>>;
}

/** A variant's index, its files fetched as they are needed and kept for the page's life. */
interface SearchIndex {
  /** The list of a unit or pair, or undefined where no article has it. */
  list(key: string): Promise<List | undefined>;
  record(article: number): Promise<ArticleRecord>;
  sections(): Promise<SectionTable>;
}

/** The search sources named by an element's `data-search-index` and `data-folding`. */
export function sourcesOf(element: HTMLElement): SearchSources {
  return { index: element.dataset['searchIndex']!, folding: element.dataset['folding']! };
}

/** The status strings in an element's `data-strings`. */
export function stringsOf(element: HTMLElement): SearchStatusStrings {
  return JSON.parse(element.dataset['strings']!) as SearchStatusStrings;
}

/** A file of the search index, or an error naming it. */
async function fetched(url: URL | string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search: HTTP ${response.status} for ${String(url)}`);
  return response;
}

/** `load(key)`, fetched once; forgotten when it fails, so that a later try fetches it again. */
function cached<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const loaded = new Map<K, Promise<V>>();
  return (key) => {
    let value = loaded.get(key);
    if (!value) {
      value = load(key).catch((error: unknown) => {
        loaded.delete(key);
        throw error;
      });
      loaded.set(key, value);
    }
    return value;
  };
}

/** Opens a variant's index from its entry file (`search-index/<segment>.json`). */
async function openIndex(entryUrl: string): Promise<SearchIndex> {
  const entryAt = new URL(entryUrl, location.href);
  const entry = (await (await fetched(entryAt)).json()) as IndexEntry;
  const folder = new URL(`${entry.version}/`, entryAt.href.replace(/\.json$/, '/'));
  const file = (name: string) => new URL(name, folder);
  const shard = cached(async (n: number) => {
    // Shards are gzip files served as they are (a host does not compress them again).
    const compressed = (await fetched(file(shardPath(n)))).body!;
    const bytes = await new Response(compressed.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
    return readShard(new Uint8Array(bytes));
  });
  const json = cached((name: string) => fetched(file(name)).then((r) => r.json() as Promise<unknown>));
  return {
    list: async (key) => (await shard(shardOf(key, entry.shards)))(key),
    record: (article) => json(recordPath(article)) as Promise<ArticleRecord>,
    sections: () => json(SECTIONS_FILE) as Promise<SectionTable>,
  };
}

/** A variant's index, opened once per page (again after a failure). */
const indexAt = cached(openIndex);

/** The variant's folding table, fetched once per page (again after a failure). */
export const loadFolding = cached((url: string) => fetched(url).then((r) => r.json() as Promise<Folding>));

/** Opens the index and loads the folding table; call on the first sign of intent so typing feels instant. */
export function loadSearchFiles(sources: SearchSources): Promise<[SearchIndex, Folding]> {
  return Promise.all([indexAt(sources.index), loadFolding(sources.folding)]);
}

/** The offsets of the pairs that cover a term of `length` units: every other pair, and the last. */
function coveringPairs(length: number): number[] {
  const offsets = [];
  for (let i = 0; i < length - 1; i += 2) offsets.push(i);
  if (offsets.at(-1) !== length - 2) offsets.push(length - 2);
  return offsets;
}

/** Each article in any of the lists, with the positions it has in any of them. */
function unionOf(lists: ReadonlyArray<List | undefined>): Map<number, Set<number>> {
  const union = new Map<number, Set<number>>();
  for (const list of lists) {
    for (const [article, positions] of list ?? []) {
      const set = union.get(article) ?? new Set<number>();
      for (const p of positions) set.add(p);
      union.set(article, set);
    }
  }
  return union;
}

/**
 * The articles holding a term, its units in order, in any of their spellings: a one-unit term from the unit's
 * lists; a longer one from the lists of pairs that cover it, at positions that line up, which is exact.
 */
async function articlesWithTerm(index: SearchIndex, units: readonly string[], table: Folding): Promise<number[]> {
  const spelled = units.map((unit) => indexSpellings(unit, table));
  if (units.length === 1) return [...unionOf(await Promise.all(spelled[0]!.map(index.list))).keys()];
  const offsets = coveringPairs(units.length);
  const pairs = await Promise.all(
    offsets.map(async (i) => {
      const keys = spelled[i]!.flatMap((first) => spelled[i + 1]!.map((second) => pairKey(first, second)));
      return unionOf(await Promise.all(keys.map(index.list)));
    }),
  );
  return [...pairs[0]!].flatMap(([article, starts]) => {
    const at = pairs.map((pair) => pair.get(article));
    if (at.some((positions) => !positions)) return [];
    for (const start of starts) if (offsets.every((offset, k) => at[k]!.has(start + offset))) return [article];
    return [];
  });
}

/** A record with what ranking needs: whether its headline holds every term. */
interface Found {
  record: ArticleRecord;
  inHeadline: boolean;
}

/**
 * The articles matching every term of the query, in the page's variant: newest first by China-time day,
 * and within a day, those whose headline holds the query before those that mention it in passing.
 */
export async function search(query: string, sources: SearchSources, section?: string): Promise<SearchResults> {
  const [index, table] = await loadSearchFiles(sources);
  const terms = queryTerms(query);
  const patterns = terms.map((units) => termPattern(units, table));
  const found = (article: number): Promise<Found> =>
    index.record(article).then((record) => ({
      record,
      inHeadline: patterns.every((p) => record.title.search(p) >= 0),
    }));

  // An article must hold every term. Articles are numbered newest first, so in number order they are by date.
  const perTerm = await Promise.all(terms.map((units) => articlesWithTerm(index, units, table)));
  const inEvery = perTerm.slice(1).map((list) => new Set(list));
  let articles = (perTerm[0] ?? []).filter((a) => inEvery.every((set) => set.has(a))).sort((a, b) => a - b);
  if (section) {
    const { names, of } = await index.sections();
    const wanted = names.indexOf(section);
    articles = articles.filter((a) => of[a] === wanted);
  }

  /** The first `count` results ranked: records are fetched up to the first beyond the last one's day. */
  const ranked = async (count: number): Promise<Found[]> => {
    const records = await Promise.all(articles.slice(0, count).map(found));
    const lastDay = records[count - 1]?.record.day;
    for (let i = count; lastDay !== undefined && i < articles.length; i++) {
      const next = await found(articles[i]!);
      records.push(next);
      if (next.record.day !== lastDay) break;
    }
    // Newest day first, then headline matches; stable, so date order stays within each.
    records.sort((a, b) => b.record.day.localeCompare(a.record.day) || Number(b.inHeadline) - Number(a.inHeadline));
    return records.slice(0, count);
  };

  return {
    total: articles.length,
    hits: async (count) => (await ranked(count)).map(({ record }) => hitOf(record, query, patterns)),
    sectionCounts: async (names) => {
      const sections = await index.sections();
      const counts = new Map(names.map((name) => [name, 0]));
      for (const a of articles) {
        const name = sections.names[sections.of[a]!];
        if (name !== undefined && counts.has(name)) counts.set(name, counts.get(name)! + 1);
      }
      return counts;
    },
  };
}

/** A result as shown: the headline, a passage with the matches marked, and a link to that passage's paragraph. */
function hitOf(record: ArticleRecord, query: string, patterns: readonly RegExp[]): SearchHit {
  const { title } = record;
  const blocks = record.blocks.filter((block) => block.text !== title);
  const holds = (text: string, every: boolean) => patterns[every ? 'every' : 'some']((p) => text.search(p) >= 0);
  // The first paragraph holding every term, else one holding some; else the headline blocks.
  const passage =
    blocks.find((b) => b.id && holds(b.text, true)) ??
    blocks.find((b) => b.id && holds(b.text, false)) ??
    blocks.find((b) => holds(b.text, false)) ??
    blocks[0];
  const highlight = `?highlight=${encodeURIComponent(query.trim().replace(/\s+/gu, ' '))}`;
  return {
    url: record.url + highlight + (passage?.id ? `#${passage.id}` : ''),
    title,
    excerptHtml: markedExcerpt(passage?.text ?? '', patterns),
  };
}

/** The status line for a finished search, from the variant's own strings. */
export function statusText({ total }: SearchResults, query: string, strings: SearchStatusStrings): string {
  return total ? strings.results.replace('{count}', String(total)) : strings.noResults.replace('{query}', query.trim());
}
