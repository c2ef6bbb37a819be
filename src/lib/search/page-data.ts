/**
 * What a page hands the browser's search code in `data-*` attributes: where
 * the search files are, and the variant's status strings. Runs at build time;
 * the browser code imports only its types.
 */
import type { SearchStrings, Variant } from '../variants/variants.ts';
import { withBase } from '../site/urls.ts';
import { INDEX_FOLDER, PAGEFIND_WASM, PARTS_FILE } from './bundle.ts';

/** The search strings the browser needs: the status line's, while searching and after; on the search page, its title. */
export type SearchStatusStrings = Pick<SearchStrings, 'results' | 'noResults' | 'loading' | 'failed'> &
  Partial<Pick<SearchStrings, 'queryTitle'>>;

/** The URLs of a variant's search files: Pagefind's script and WebAssembly, its parts, and the folding table. */
export function searchFiles(variant: Variant) {
  const index = `${INDEX_FOLDER}/${variant.segment}/`;
  return {
    script: withBase(`${index}0/pagefind.js`),
    wasm: withBase(`${index}0/${PAGEFIND_WASM}`),
    parts: withBase(index + PARTS_FILE),
    folding: withBase(`${variant.segment}/search-folding.json`),
  };
}

/** Where a variant's search files are, for the `data-*` attributes the search code reads. */
export function searchSources(variant: Variant) {
  const { script, folding } = searchFiles(variant);
  return { 'data-search-index': script, 'data-folding': folding };
}

/** The search strings the browser needs, for `data-strings`. */
export function searchStrings(variant: Variant): string {
  const { results, noResults, loading, failed } = variant.ui.search;
  return JSON.stringify({ results, noResults, loading, failed } satisfies SearchStatusStrings);
}

/** The search page's strings for `data-strings`: the header's, and its title with the query. */
export function searchPageStrings(variant: Variant): string {
  return JSON.stringify({ ...JSON.parse(searchStrings(variant)), queryTitle: variant.ui.search.queryTitle });
}
