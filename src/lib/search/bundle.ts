/**
 * Where the search index lives in a built site: for each variant, in a folder
 * named by its segment, Pagefind bundles in numbered parts (0 the oldest) and
 * `parts.json`; and which of Pagefind's files the site serves. Runs at build
 * time (the indexer, the pages, the headers) and in the browser (`IndexParts`).
 */

/** The folder of the bundles, at the site's root. */
export const INDEX_FOLDER = 'search-index';

/** The files of a bundle the site serves; the rest of what Pagefind writes (its interfaces, its worker) is left out. */
export const PAGEFIND_FILES =
  /^(?:pagefind\.js|pagefind-entry\.json|pagefind\..+\.pf_meta|wasm\..+\.pagefind|index|fragment|filter)$/;

/** Pagefind's WebAssembly for an index language without a stemmer of its own (INDEX_LANGUAGE in indexed-words.ts). */
export const PAGEFIND_WASM = 'wasm.unknown.pagefind';

/** The files only the first part keeps: Pagefind's script and WebAssembly, which serve every part. */
export const PART_OWN_FILES = /^(?:pagefind\.js|wasm\..+\.pagefind)$/;

/** The file beside a variant's parts that says how many there are. */
export const PARTS_FILE = 'parts.json';

/**
 * What `parts.json` holds: how many parts; when the build keeps a cache, a key of each part's pages; and when an
 * old article was corrected without its part being written again, its stale page in that part (`superseded`)
 * and its newer copy in the newest part with the copy's day (`patched`), each as `<part>:<Pagefind's page id>`.
 */
export interface IndexParts {
  parts: number;
  keys?: string[];
  superseded?: string[];
  patched?: Record<string, string>;
}
