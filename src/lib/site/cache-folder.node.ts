/**
 * Astro's cache folder (ASTRO_CACHE_DIR, else Astro's own default), read by astro.config.mjs and by the
 * review report that runs after the build, so both find the same folder. Tests give each build its own.
 * Runs in Node, at build time.
 */

/** The cache folder, relative to the project root unless absolute. */
export function cacheFolder(): string {
  return process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro';
}
