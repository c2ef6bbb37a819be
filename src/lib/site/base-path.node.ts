/**
 * The base path a build serves the site under (BASE_PATH: "/news/" for a sub-folder, "/" unless set), read by
 * astro.config.mjs and by the search indexer that runs after the build.
 * Runs in Node, at build time.
 */

/** BASE_PATH with one trailing slash, or "/". */
export function basePath(): string {
  return (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
}
