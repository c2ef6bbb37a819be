/**
 * Where the search index lives in a built site: a Pagefind bundle for each
 * variant, in a folder named by its segment, and which of Pagefind's files
 * the site serves. Runs at build time (the indexer, the pages, the headers).
 */

/** The folder of the bundles, at the site's root. */
export const INDEX_FOLDER = 'search-index';

/** The files of a bundle the site serves; the rest of what Pagefind writes (its interfaces, its worker) is left out. */
export const PAGEFIND_FILES =
  /^(?:pagefind\.js|pagefind-entry\.json|pagefind\..+\.pf_meta|wasm\..+\.pagefind|index|fragment|filter)$/;

/** Pagefind's WebAssembly for an index language without a stemmer of its own (INDEX_LANGUAGE in indexed-words.ts). */
export const PAGEFIND_WASM = 'wasm.unknown.pagefind';
