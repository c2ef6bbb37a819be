/**
 * The search engine: Pagefind for retrieval, exact phrases of characters in
 * the page's script for precision, and our own excerpts so that every matched
 * word is marked whatever script it was typed in; also what the page hands it
 * in `data-*` attributes (see src/lib/search/page-data.ts). Runs in the
 * browser, loaded only when the reader shows intent to search.
 */
import { markedExcerpt } from '../../lib/search/excerpt.ts';
import { BLOCK_MARK, OTHER_BLOCK_MARK, PART_FILTER } from '../../lib/search/index-text.ts';
import type { SearchStatusStrings } from '../../lib/search/page-data.ts';
import {
  indexedWhole,
  indexPhrases,
  phraseQuery,
  queryTerms,
  termPattern,
  type Folding,
} from '../../lib/search/query.ts';

/** Where the page's search files are; the server writes them into data attributes. */
export interface SearchSources {
  /** URL of pagefind.js. */
  pagefind: string;
  /** URL of the variant's folding table. */
  folding: string;
}

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  /** The paragraphs' markers (see src/lib/search/index-text.ts), in the order of their blocks. */
  anchors: Array<{ element: string; id?: string }>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface PagefindSearchOptions {
  sort?: Record<string, 'asc' | 'desc'>;
  filters?: Record<string, string>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  search(query: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] }>;
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

let pagefind: Promise<Pagefind> | undefined;
let folding: Promise<Folding> | undefined;
let failedLoads = 0;
/** How many parts the variant's index is in: 1 unless the archive is large. */
let partCount = 1;

/** The search sources named by an element's `data-pagefind` and `data-folding`. */
export function sourcesOf(element: HTMLElement): SearchSources {
  return { pagefind: element.dataset['pagefind']!, folding: element.dataset['folding']! };
}

/** The status strings in an element's `data-strings`. */
export function stringsOf(element: HTMLElement): SearchStatusStrings {
  return JSON.parse(element.dataset['strings']!) as SearchStatusStrings;
}

/** The variant's folding table, fetched once per page (again after a failure). */
export function loadFolding(url: string): Promise<Folding> {
  folding ??= fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(`search folding table: HTTP ${r.status}`);
      return r.json() as Promise<Folding>;
    })
    .catch((error: unknown) => {
      folding = undefined;
      throw error;
    });
  return folding;
}

/** The other parts of a large archive's index (src/lib/search/index-site.node.ts), listed beside pagefind.js. */
async function indexParts(pagefindUrl: string): Promise<string[]> {
  const first = new URL(pagefindUrl, location.href);
  const response = await fetch(new URL('parts.json', first));
  if (!response.ok) throw new Error(`search index parts: HTTP ${response.status}`);
  return ((await response.json()) as string[]).map((part) => new URL(part, first).pathname);
}

/** Loads Pagefind and the folding table; call on the first sign of intent so typing feels instant. */
export function loadSearchFiles(sources: SearchSources): Promise<[Pagefind, Folding]> {
  // The browser remembers a module that failed to load; a retry must ask for it under another URL.
  const url = failedLoads ? `${sources.pagefind}?retry=${failedLoads}` : sources.pagefind;
  pagefind ??= Promise.all([import(/* @vite-ignore */ url) as Promise<Pagefind>, indexParts(sources.pagefind)])
    .then(async ([module, parts]) => {
      // Result URLs are indexed with the base path already in them.
      await module.options({ baseUrl: '/' });
      await module.init();
      for (const part of parts) await module.mergeIndex(part);
      partCount = parts.length + 1;
      return module;
    })
    .catch((error: unknown) => {
      pagefind = undefined;
      failedLoads++;
      throw error;
    });
  return Promise.all([pagefind, loadFolding(sources.folding)]);
}

/** Indexed text without the separators the indexer was given (see src/lib/search/index-text.ts). */
function withoutSeparators(text: string): string {
  return text.replaceAll('\u200b', '');
}

/** Above this many spellings of a term, spellings the site does not use are dropped as they are built. */
const MAX_UNCHECKED_SPELLINGS = 16;

/**
 * The pages holding a phrase in any of its spellings (each unit's spellings in turn). Spellings multiply (a character with two spellings
 * doubles them), so once there are many, each partial spelling is looked up and those found nowhere are
 * dropped: a spelling whose beginning is on no page cannot be on a page. Nothing that occurs is lost.
 */
async function pagesWithPhrase(engine: Pagefind, phrase: readonly string[][]): Promise<Map<string, PagefindResult>> {
  const find = (spelling: readonly string[]) => engine.search(phraseQuery(spelling));
  let spelled: string[][] = [[]];
  for (const [i, spellings] of phrase.entries()) {
    spelled = spelled.flatMap((prefix) => spellings.map((s) => [...prefix, s]));
    if (spelled.length > MAX_UNCHECKED_SPELLINGS && i < phrase.length - 1) {
      const found = await Promise.all(spelled.map(find));
      spelled = spelled.filter((_, j) => found[j]!.results.length > 0);
    }
  }
  const found = await Promise.all(spelled.map(find));
  return new Map(found.flatMap((f) => f.results.map((r) => [r.id, r])));
}

/** Every page's id, newest first: the order results are shown in (see `search`). */
let dateOrder: Promise<Map<string, number>> | undefined;

/**
 * Each page's place in date order, newest first, from Pagefind's sort index (no page data fetched). Pagefind
 * orders merged results by score, so an index in parts is taken part by part: each part holds the pages older
 * than the part before it.
 */
function datePlaces(engine: Pagefind): Promise<Map<string, number>> {
  const sort = { date: 'desc' } as const;
  dateOrder ??= Promise.all(
    partCount === 1
      ? [engine.search(null, { sort })]
      : Array.from({ length: partCount }, (_, i) =>
          engine.search(null, { sort, filters: { [PART_FILTER]: String(i + 1) } }),
        ),
  ).then((parts) => new Map(parts.flatMap(({ results }) => results).map((r, i) => [r.id, i])));
  return dateOrder;
}

/** A page's data with what ranking needs: its China-time day and whether its headline holds every term. */
interface Found {
  page: PagefindData;
  day: string;
  inHeadline: boolean;
}

/**
 * The articles matching every term of the query, in the page's variant: newest first by China-time day,
 * and within a day, those whose headline holds the query before those that mention it in passing.
 */
export async function search(query: string, sources: SearchSources, section?: string): Promise<SearchResults> {
  const [engine, table] = await loadSearchFiles(sources);
  const terms = queryTerms(query);
  const patterns = terms.map((units) => termPattern(units, table));
  const byId = new Map<string, PagefindResult>();
  const data = new Map<string, Promise<Found>>();
  /** Fetches a result's page data once. */
  const found = (id: string) => {
    let entry = data.get(id);
    if (!entry) {
      entry = byId
        .get(id)!
        .data()
        .then((page) => {
          const title = page.meta['title'] ?? '';
          return { page, day: page.meta['date'] ?? '', inHeadline: patterns.every((p) => title.search(p) >= 0) };
        });
      data.set(id, entry);
    }
    return entry;
  };

  // A page must hold every term; each term is looked up in the index as exact phrases of its words.
  const phrases = terms.flatMap((units) => indexPhrases(units, table));
  const [places, sectionPages, ...perTerm] = await Promise.all([
    datePlaces(engine),
    section ? engine.search(null, { filters: { section } }) : undefined,
    ...phrases.map((phrase) => pagesWithPhrase(engine, phrase)),
  ]);
  for (const pages of perTerm) for (const [id, r] of pages) byId.set(id, r);
  let ids = [...(perTerm[0]?.keys() ?? [])].filter((id) => perTerm.every((pages) => pages.has(id)));
  if (sectionPages) {
    const inSection = new Set(sectionPages.results.map((r) => r.id));
    ids = ids.filter((id) => inSection.has(id));
  }
  // Marks such as - / % are not in the index: where the query holds some, each page's text has the last word.
  if (!terms.every((units) => indexedWhole(units, table))) {
    const texts = await Promise.all(ids.map(found));
    ids = ids.filter((_, i) => patterns.every((p) => withoutSeparators(texts[i]!.page.content).search(p) >= 0));
  }
  ids.sort((a, b) => (places.get(a) ?? Infinity) - (places.get(b) ?? Infinity));

  /** The first `count` results ranked: pages are fetched up to the first beyond the last one's day. */
  const ranked = async (count: number): Promise<Found[]> => {
    const pages = await Promise.all(ids.slice(0, count).map(found));
    for (let i = count; i < ids.length && pages.length && pages.at(-1)!.day === pages[count - 1]?.day; i++) {
      pages.push(await found(ids[i]!));
    }
    // Stable: within a day, date order stays among headline matches and among passing mentions.
    pages.sort((a, b) => (a.day === b.day ? Number(b.inHeadline) - Number(a.inHeadline) : 0));
    return pages.slice(0, count);
  };

  return {
    total: ids.length,
    hits: async (count) => (await ranked(count)).map(({ page }) => hitOf(page, query, patterns)),
    sectionCounts: async (names) => {
      const perSection = await Promise.all(names.map((name) => engine.search(null, { filters: { section: name } })));
      const wanted = new Set(ids);
      return new Map(names.map((name, i) => [name, perSection[i]!.results.filter((r) => wanted.has(r.id)).length]));
    },
  };
}

/** A result as shown: the headline, a passage with the matches marked, and a link to that passage's paragraph. */
function hitOf(page: PagefindData, query: string, patterns: readonly RegExp[]): SearchHit {
  const title = page.meta['title'] ?? page.url;
  // The blocks of the page; paragraphs (after BLOCK_MARK) in the order of their anchors.
  const anchors = page.anchors.filter((a) => a.element === 'span' && a.id);
  let paragraph = 0;
  const blocks = withoutSeparators(page.content)
    .split(new RegExp(`(?=[${BLOCK_MARK}${OTHER_BLOCK_MARK}])`, 'u'))
    .map((block) => ({
      id: block.startsWith(BLOCK_MARK) ? anchors[paragraph++]?.id : undefined,
      text: block.slice(block[0] === BLOCK_MARK || block[0] === OTHER_BLOCK_MARK ? 1 : 0).trim(),
    }))
    .filter((block) => block.text && block.text !== title);
  const holds = (text: string, every: boolean) => patterns[every ? 'every' : 'some']((p) => text.search(p) >= 0);
  // The first paragraph holding every term, else one holding some; else the headline blocks.
  const passage =
    blocks.find((b) => b.id && holds(b.text, true)) ??
    blocks.find((b) => b.id && holds(b.text, false)) ??
    blocks.find((b) => holds(b.text, false)) ??
    blocks[0];
  const highlight = `?highlight=${encodeURIComponent(query.trim().replace(/\s+/gu, ' '))}`;
  return {
    url: page.url + highlight + (passage?.id ? `#${passage.id}` : ''),
    title,
    excerptHtml: markedExcerpt(passage?.text ?? '', patterns),
  };
}

/** The status line for a finished search, from the variant's own strings. */
export function statusText({ total }: SearchResults, query: string, strings: SearchStatusStrings): string {
  return total ? strings.results.replace('{count}', String(total)) : strings.noResults.replace('{query}', query.trim());
}
