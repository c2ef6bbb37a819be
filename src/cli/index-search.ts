/**
 * `node src/cli/index-search.ts [site folder] [--variant <segment>]…`: the search index of a built site (dist/
 * unless named), of the variants named (every one unless named), as `npm run build` runs it once `astro build`
 * has exited (after-astro.ts, one process a variant). A step of its own, not an Astro integration: at the end
 * of a build Astro still holds its data store in memory (2 GB at 10,000 articles), and Pagefind's would add to it.
 * Base path: BASE_PATH, as for the build; SEARCH_INDEX_PART_PAGES sets the pages in a part of the index
 * (tests use small parts, so that searches span several). Exits non-zero on any indexing error.
 * Runs in Node, from the command line, in the project root.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { indexSite, PART_PAGES } from '../lib/search/index-site.node.ts';
import { basePath } from '../lib/site/base-path.node.ts';

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
  const partPages = Number(process.env['SEARCH_INDEX_PART_PAGES'] ?? PART_PAGES);
  const articles = await indexSite(site, basePath(), values.variant, partPages);
  log(`indexed ${articles} article pages in ${site}${which}`);
} catch (error) {
  console.error(`search index of ${site}${which}: ${(error as Error).message}`);
  process.exit(1);
}
