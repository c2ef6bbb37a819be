/**
 * The search engine: Pagefind, fed words that make a quoted query exact
 * (src/lib/search/indexed-words.ts), runs each term of the query as a phrase
 * over the variant's bundle; this module intersects the terms, ranks the
 * articles and makes our own excerpts from the text Pagefind returns, so that
 * every matched word is marked whatever script it was typed in. Also what the
 * page hands it in `data-*` attributes (see src/lib/search/page-data.ts). Runs
 * in the browser, loaded only when the reader shows intent to search.
 */
import { formatDate, parseArticleDate } from '../../lib/articles/dates.ts';
import { markedExcerpt } from '../../lib/search/excerpt.ts';
import {
  articleBlocks,
  inHeadline,
  phrasePosition,
  phraseSearch,
  queryPhrases,
} from '../../lib/search/indexed-words.ts';
import { PARTS_FILE, type IndexParts } from '../../lib/search/bundle.ts';
import type { SearchStatusStrings } from '../../lib/search/page-data.ts';
import { matchRanges, queryTerms, termPattern, type Folding } from '../../lib/search/query.ts';
import { phraseMarkup } from '../../lib/typography/phrase-markup.ts';

/** Where the page's search files are; the server writes them into data attributes. */
export interface SearchSources {
  /** URL of the variant's Pagefind script, in its index's first part. */
  index: string;
  /** URL of the variant's folding table. */
  folding: string;
}

/** One article found: where to go, its headline and a passage with the matches marked (escaped HTML), its day and section. */
export interface SearchHit {
  url: string;
  title: string;
  titleHtml: string;
  excerptHtml: string;
  /** The China-time day, as an ISO day, and as readers write it. */
  day: string;
  date: string;
  section?: string;
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

/** What the site reads of a page Pagefind found: the fields its indexer wrote (index-site.node.ts). */
interface PagefindPage {
  url: string;
  content: string;
  /** `breaks`: where the headline breaks between phrases, as offsets joined by commas (its `<wbr>`s). */
  meta: { title: string; day: string; section?: string; latin?: string; breaks?: string };
}

/** What the site uses of one of Pagefind's results. */
interface PagefindResult {
  id: string;
  /** A phrase match scores 1, times the weight of its part (index-site.node.ts): the part's number plus one. */
  score: number;
  /** Word positions of the match; none where only the meta matched, which the site does not count. */
  words: number[];
  data(): Promise<PagefindPage>;
}

/** The options the site gives a Pagefind search: a section filter, or none. */
interface SearchOptions {
  filters?: Record<string, string>;
}

/** What the site uses of a Pagefind instance (`createInstance` in the bundle's pagefind.js). */
interface Pagefind {
  search(term: string, options: SearchOptions): Promise<{ results: PagefindResult[] }>;
  mergeIndex(path: string, options: { indexWeight: number }): Promise<void>;
  destroy(): Promise<void>;
}

/** The search sources named by an element's `data-search-index` and `data-folding`. */
export function sourcesOf(element: HTMLElement): SearchSources {
  return { index: element.dataset['searchIndex']!, folding: element.dataset['folding']! };
}

/** The status strings in an element's `data-strings`. */
export function stringsOf(element: HTMLElement): SearchStatusStrings {
  return JSON.parse(element.dataset['strings']!) as SearchStatusStrings;
}

/** `load(key)`, once; forgotten when it fails (or on `forget`), so that a later try loads it again. */
function cached<K, V>(load: (key: K) => Promise<V>): ((key: K) => Promise<V>) & { forget(key: K): void } {
  const loaded = new Map<K, Promise<V>>();
  const get = (key: K) => {
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
  return Object.assign(get, { forget: (key: K) => void loaded.delete(key) });
}

/** Failed loads of Pagefind's script: the browser remembers a module that failed, so a retry asks under another URL. */
let failedLoads = 0;

/**
 * A variant's Pagefind, its parts merged into one search (index-site.node.ts): the first part's script,
 * entry, metadata and WebAssembly, fetched at once beside `parts.json`; each newer part weighs more, so
 * that its pages, the newer ones, come first. Without Pagefind's worker: it is one file more (12 kB)
 * before the first result, and the search itself takes milliseconds.
 */
const pagefindAt = cached(async (url: string): Promise<Bundle> => {
  const script = failedLoads ? `${url}?retry=${failedLoads}` : url;
  const first = new URL(url, location.href);
  const [module, parts] = await Promise.all([
    import(/* @vite-ignore */ script).catch((error: unknown) => {
      failedLoads++;
      throw error;
    }) as Promise<{ createInstance(options: { noWorker: boolean }): Pagefind & { init(): Promise<void> } }>,
    fetched(new URL(`../${PARTS_FILE}`, first)).then((r) => r.json() as Promise<IndexParts>),
  ]);
  const instance = module.createInstance({ noWorker: true });
  await Promise.all([
    instance.init(),
    ...Array.from({ length: parts.parts - 1 }, (_, i) =>
      instance.mergeIndex(new URL(`../${i + 1}/`, first).pathname, { indexWeight: i + 2 }),
    ),
  ]);
  return {
    pagefind: instance,
    superseded: new Set(parts.superseded),
    patched: new Map(Object.entries(parts.patched ?? {})),
  };
});

/**
 * A variant's Pagefind with what `parts.json` says of corrected old articles: their stale pages, left out, and
 * their newer copies in the newest part, with their days (index-site.node.ts).
 */
interface Bundle {
  pagefind: Pagefind;
  superseded: ReadonlySet<string>;
  patched: ReadonlyMap<string, string>;
}

/** A result as `parts.json` names it: its part, from its score, and Pagefind's id. */
const partAndId = (result: PagefindResult) => `${Math.round(result.score) - 1}:${result.id}`;

/** A search file, or an error naming it. */
async function fetched(url: URL | string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search: HTTP ${response.status} for ${String(url)}`);
  return response;
}

/** The variant's folding table, fetched once per page (again after a failure). */
export const loadFolding = cached(async (url: string) => (await fetched(url)).json() as Promise<Folding>);

/** Starts Pagefind and loads the folding table; call on the first sign of intent so typing feels instant. */
export function loadSearchFiles(sources: SearchSources): Promise<[Bundle, Folding]> {
  return Promise.all([pagefindAt(sources.index), loadFolding(sources.folding)]);
}

/** A page found: Pagefind's result, whether the page's headline holds every term, and a patched copy's day. */
interface Found {
  result: PagefindResult;
  inHeadline: boolean;
  patchedDay?: string;
}

/**
 * Words of a term Pagefind is asked for at most: each fetches its chunk (about 5 kB), so a pasted sentence of
 * 30 characters would fetch 150 kB. A longer term is asked by its first words, and the pages found are checked
 * against the whole term in their text, as long as they are few.
 */
const ASKED_WORDS = 10;
/** Pages checked in their text at most; with more, Pagefind is asked for the whole term. */
const CHECKED_PAGES = 10;

/** The pages holding a phrase, newest first (pages where only the meta matched are not found). */
async function pagesWithPhrase({ pagefind, superseded }: Bundle, words: readonly string[], options: SearchOptions) {
  const pages = async (asked: readonly string[]) => {
    const { results } = await pagefind.search(phraseSearch(asked), options);
    return results.filter((result) => result.words.length > 0 && !superseded.has(partAndId(result)));
  };
  if (words.length > ASKED_WORDS) {
    const candidates = await pages(words.slice(0, ASKED_WORDS));
    if (candidates.length <= CHECKED_PAGES) {
      const checked = await Promise.all(
        candidates.map(async (result) => ({ result, at: phrasePosition((await result.data()).content, words) })),
      );
      return checked.filter(({ at }) => at >= 0).map(({ result, at }) => ({ result, inHeadline: inHeadline([at]) }));
    }
  }
  return (await pages(words)).map((result) => ({ result, inHeadline: inHeadline(result.words) }));
}

/** The pages holding every phrase, newest first. */
async function pagesWithEvery(bundle: Bundle, phrases: readonly string[][], section?: string): Promise<Found[]> {
  // Pagefind lists a phrase's pages part by part, newest part first, each in the order the indexer gave
  // them: newest first (index-site.node.ts).
  const options = section ? { filters: { section } } : {};
  const perPhrase: Array<Map<string, Found>> = [];
  for (const words of phrases) {
    const found = await pagesWithPhrase(bundle, words, options);
    perPhrase.push(new Map(found.map((page) => [page.result.id, page])));
  }
  const [first, ...others] = perPhrase;
  return [...(first?.values() ?? [])].flatMap((found) => {
    const inOthers = others.map((phrase) => phrase.get(found.result.id));
    if (inOthers.some((other) => !other)) return [];
    const patchedDay = bundle.patched.get(partAndId(found.result));
    return [
      {
        ...found,
        inHeadline: found.inHeadline && inOthers.every((other) => other!.inHeadline),
        ...(patchedDay && { patchedDay }),
      },
    ];
  });
}

/**
 * The articles matching every term of the query, in the page's variant: newest first by China-time day,
 * and within a day, those whose headline holds the query before those that mention it in passing.
 */
export async function search(query: string, sources: SearchSources, section?: string): Promise<SearchResults> {
  const [bundle, table] = await loadSearchFiles(sources);
  const patterns = queryTerms(query).map((units) => termPattern(units, table));
  const phrases = queryPhrases(query, table);
  // A failed search (its files did not load) forgets the instance, so that a later try starts anew.
  const run = (inSection?: string) =>
    pagesWithEvery(bundle, phrases, inSection).catch(async (error: unknown) => {
      pagefindAt.forget(sources.index);
      await bundle.pagefind.destroy();
      throw error;
    });
  const results = await run(section);
  const withPage = (found: Found) => found.result.data().then((page) => ({ ...found, page }));

  // Pagefind lists the pages newest first, part by part; a corrected old article's newer copy (patched) sits in
  // the newest part, so it is placed by its day instead.
  const inOrder = results.filter((found) => !found.patchedDay);
  const patched = results.filter((found) => found.patchedDay);

  /**
   * The first `count` results ranked. Only a headline match beyond them can move up, past the passing
   * mentions of the last one's day: such matches are fetched until one is of an earlier day. Patched pages of
   * that day or newer join them.
   */
  const ranked = async (count: number) => {
    const pages = await Promise.all(inOrder.slice(0, count).map(withPage));
    const lastDay = inOrder.length > count ? pages[count - 1]!.page.meta.day : undefined;
    for (const later of lastDay === undefined ? [] : inOrder.slice(count).filter((found) => found.inHeadline)) {
      const next = await withPage(later);
      if (next.page.meta.day !== lastDay) break;
      pages.push(next);
    }
    const joining = patched.filter((found) => lastDay === undefined || found.patchedDay! >= lastDay);
    pages.push(...(await Promise.all(joining.map(withPage))));
    // Newest day first, then headline matches; stable, so Pagefind's order stays within each.
    pages.sort((a, b) => b.page.meta.day.localeCompare(a.page.meta.day) || Number(b.inHeadline) - Number(a.inHeadline));
    return pages.slice(0, count);
  };

  return {
    total: results.length,
    hits: async (count) => (await ranked(count)).map(({ page }) => hitOf(page, query, patterns)),
    sectionCounts: async (names) =>
      new Map(await Promise.all(names.map(async (name) => [name, (await run(name)).length] as const))),
  };
}

/** A result as shown: the headline, a passage with the matches marked, and a link to that passage's paragraph. */
function hitOf(page: PagefindPage, query: string, patterns: readonly RegExp[]): SearchHit {
  const { title, day, section, latin, breaks } = page.meta;
  const blocks = articleBlocks(page.content, latin).filter((block) => block.text !== title);
  const holds = (text: string, every: boolean) => patterns[every ? 'every' : 'some']((p) => text.search(p) >= 0);
  // The first paragraph holding every term, else one holding some; else the headline blocks.
  const passage =
    blocks.find((b) => b.id && holds(b.text, true)) ??
    blocks.find((b) => b.id && holds(b.text, false)) ??
    blocks.find((b) => holds(b.text, false)) ??
    blocks[0];
  const highlight = `?highlight=${encodeURIComponent(query.trim().replace(/\s+/gu, ' '))}`;
  const date = parseArticleDate(day);
  return {
    url: page.url + highlight + (passage?.id ? `#${passage.id}` : ''),
    title,
    titleHtml: phraseMarkup(title, breaks ? breaks.split(',').map(Number) : [], matchRanges(title, patterns)),
    excerptHtml: markedExcerpt(passage?.text ?? '', patterns),
    day,
    date: date ? formatDate(date) : day,
    ...(section ? { section } : {}),
  };
}

/** The status line for a finished search, from the variant's own strings. */
export function statusText({ total }: SearchResults, query: string, strings: SearchStatusStrings): string {
  return total ? strings.results.replace('{count}', String(total)) : strings.noResults.replace('{query}', query.trim());
}
