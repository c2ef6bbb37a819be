/**
 * `node src/cli/index-search.ts [site folder] [--variant <segment>]…`: the search index of a built site (dist/
 * unless named), of the variants named (every one unless named), as `npm run build` runs it once `astro build`
 * has exited (after-astro.ts, one process a variant). A step of its own, not an Astro integration: at the end
 * of a build Astro still holds its data store in memory (2 GB at 10,000 articles), and Pagefind's would add to it.
 * Base path: BASE_PATH, as for the build; the cache folder: ASTRO_CACHE_DIR, as for the build, so that a rebuild
 * indexes only the parts whose pages changed. SEARCH_INDEX_PART_PAGES sets the pages in a part at each level, as a
 * list such as `100,20` (tests use small parts, so that searches span several). Exits non-zero on any indexing error.
 * Runs in Node, from the command line, in the project root.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { indexSite } from '../lib/search/index-site.node.ts';
import { basePath } from '../lib/site/base-path.node.ts';
import { cacheFolder } from '../lib/site/cache-folder.node.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { variant: { type: 'string', multiple: true } },
});
const site = path.resolve(positionals[0] ?? 'dist');
const which = values.variant ? ` (${values.variant.join(', ')})` : '';
// Logged as Astro logs, so the bench's phase table (bench/scale.ts) tells indexing from building.
const log = (message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [search] ${message}`);
try {
  log(`indexing ${site}${which}`);
  const levels = process.env['SEARCH_INDEX_PART_PAGES']?.split(',').map(Number);
  const done = await indexSite(site, {
    base: basePath(),
    cache: path.resolve(cacheFolder()),
    ...(values.variant && { segments: values.variant }),
    ...(levels && { levels }),
  });
  for (const { articles, read, parts, written } of done)
    log(
      `indexed ${articles} article pages in ${site}${which} (${read} pages read): ${parts} part(s), ${written} written anew`,
    );
} catch (error) {
  console.error(`search index of ${site}${which}: ${(error as Error).message}`);
  process.exit(1);
}
