/**
 * The search engine in the browser: Pagefind for retrieval, exact phrases of
 * characters in the page's script for precision, and our own excerpts so that
 * every matched word is marked whatever script it was typed in. Loaded only
 * when the reader shows intent to search.
 */
import { markedExcerpt, phraseQuery, queryTerms, spellings, termPattern, type Folding } from '../../lib/search-query.ts';

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
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** One article found: where to go, its headline, and a passage with the matches marked (escaped HTML). */
export interface SearchHit {
  url: string;
  title: string;
  excerptHtml: string;
}

const MAX_HITS = 20;
let pagefind: Promise<Pagefind> | undefined;
let folding: Promise<Folding> | undefined;

/** The search sources named by an element's `data-pagefind` and `data-folding`. */
export function sourcesOf(element: HTMLElement): SearchSources {
  return { pagefind: element.dataset['pagefind']!, folding: element.dataset['folding']! };
}

/** The variant's folding table, fetched once per page. */
export function loadFolding(url: string): Promise<Folding> {
  folding ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`search folding table: HTTP ${r.status}`);
    return r.json() as Promise<Folding>;
  });
  return folding;
}

/** Loads Pagefind and the folding table; call on the first sign of intent so typing feels instant. */
export function preload(sources: SearchSources): Promise<[Pagefind, Folding]> {
  pagefind ??= import(/* @vite-ignore */ sources.pagefind).then(async (module: Pagefind) => {
    // Result URLs are indexed with the base path already in them.
    await module.options({ baseUrl: '/' });
    await module.init();
    return module;
  });
  return Promise.all([pagefind, loadFolding(sources.folding)]);
}

/** The articles matching every term of the query, in the page's variant, newest first. */
export async function search(query: string, sources: SearchSources): Promise<SearchHit[]> {
  const [engine, table] = await preload(sources);
  const terms = queryTerms(query);
  if (!terms.length) return [];

  // One exact search per spelling of each term; a page must match every term.
  const perTerm = await Promise.all(
    terms.map(async (tokens) => {
      const found = await Promise.all(spellings(tokens, table).map((s) => engine.search(phraseQuery(s))));
      return new Map(found.flatMap((f) => f.results).map((r) => [r.id, r]));
    }),
  );
  const [first, ...rest] = perTerm;
  const results = [...first!.values()].filter((r) => rest.every((m) => m.has(r.id)));

  const patterns = terms.map((tokens) => termPattern(tokens, table));
  const pages = await Promise.all(results.map((r) => r.data()));
  pages.sort((a, b) => (b.meta['date'] ?? '').localeCompare(a.meta['date'] ?? ''));
  return pages.slice(0, MAX_HITS).map((page) => {
    const anchor = page.anchors
      .map((a) => ({ id: a.id, text: a.text.replaceAll('\u200b', '') }))
      .find((a) => a.id && patterns.some((p) => a.text.search(p) >= 0));
    const highlight = `?highlight=${encodeURIComponent(query.trim())}`;
    return {
      url: page.url + highlight + (anchor ? `#${anchor.id}` : ''),
      title: page.meta['title'] ?? page.url,
      excerptHtml: markedExcerpt(anchor?.text ?? page.content, patterns),
    };
  });
}

/** The status line for a finished search, from the variant's own strings. */
export function statusText(hits: readonly SearchHit[], query: string, strings: { results: string; noResults: string }): string {
  return hits.length ? strings.results.replace('{count}', String(hits.length)) : strings.noResults.replace('{query}', query.trim());
}
