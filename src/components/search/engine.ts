/**
 * The search engine: Pagefind for retrieval, exact phrases of characters in
 * the page's script for precision, and our own excerpts so that every matched
 * word is marked whatever script it was typed in; also what the page hands it
 * in `data-*` attributes (see src/lib/search/page-data.ts). Runs in the
 * browser, loaded only when the reader shows intent to search.
 */
import { markedExcerpt } from '../../lib/search/excerpt.ts';
import type { SearchStatusStrings } from '../../lib/search/page-data.ts';
import { phraseQuery, queryTerms, spellings, termPattern, type Folding } from '../../lib/search/query.ts';

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
  anchors: Array<{ id?: string; text: string }>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] }>;
}

/** One article found: where to go, its headline, and a passage with the matches marked (escaped HTML). */
export interface SearchHit {
  url: string;
  title: string;
  excerptHtml: string;
}

/** The articles found: how many in all, and the first of them, newest first. */
export interface SearchResults {
  total: number;
  hits: SearchHit[];
}

const MAX_HITS = 20;
let pagefind: Promise<Pagefind> | undefined;
let folding: Promise<Folding> | undefined;
let failedLoads = 0;

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

/** Loads Pagefind and the folding table; call on the first sign of intent so typing feels instant. */
export function loadSearchFiles(sources: SearchSources): Promise<[Pagefind, Folding]> {
  // The browser remembers a module that failed to load; a retry must ask for it under another URL.
  const url = failedLoads ? `${sources.pagefind}?retry=${failedLoads}` : sources.pagefind;
  pagefind ??= import(/* @vite-ignore */ url)
    .then(async (module: Pagefind) => {
      // Result URLs are indexed with the base path already in them.
      await module.options({ baseUrl: '/' });
      await module.init();
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

/** The articles matching every term of the query, in the page's variant, newest first. */
export async function search(query: string, sources: SearchSources): Promise<SearchResults> {
  const [engine, table] = await loadSearchFiles(sources);
  const terms = queryTerms(query);
  if (!terms.length) return { total: 0, hits: [] };

  // One exact search per spelling of each term, newest first; a page must match every term.
  const perTerm = await Promise.all(
    terms.map(async (tokens) => {
      const found = await Promise.all(
        spellings(tokens, table).map((s) => engine.search(phraseQuery(s), { sort: { date: 'desc' } })),
      );
      return new Map(found.flatMap((f) => f.results).map((r) => [r.id, r]));
    }),
  );
  const [first, ...rest] = perTerm;
  const results = [...first!.values()].filter((r) => rest.every((m) => m.has(r.id)));

  // Only the results shown are fetched; results from several spellings are put in date order among themselves.
  const patterns = terms.map((tokens) => termPattern(tokens, table));
  const pages = await Promise.all(results.slice(0, MAX_HITS).map((r) => r.data()));
  pages.sort((a, b) => (b.meta['date'] ?? '').localeCompare(a.meta['date'] ?? ''));
  const hits = pages.map((page) => {
    const anchor = page.anchors
      .map((a) => ({ id: a.id, text: withoutSeparators(a.text) }))
      .find((a) => a.id && patterns.some((p) => a.text.search(p) >= 0));
    const highlight = `?highlight=${encodeURIComponent(query.trim())}`;
    return {
      url: page.url + highlight + (anchor ? `#${anchor.id}` : ''),
      title: page.meta['title'] ?? page.url,
      excerptHtml: markedExcerpt(anchor?.text ?? withoutSeparators(page.content), patterns),
    };
  });
  return { total: results.length, hits };
}

/** The status line for a finished search, from the variant's own strings. */
export function statusText({ total }: SearchResults, query: string, strings: SearchStatusStrings): string {
  return total ? strings.results.replace('{count}', String(total)) : strings.noResults.replace('{query}', query.trim());
}
