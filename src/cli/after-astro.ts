/**
 * `node src/cli/after-astro.ts [site folder]`: what `npm run build` runs once `astro build` has exited: the search
 * index of each variant (index-search.ts; the index of a variant turned off is removed first) and the conversion
 * review report (review-report.ts), side by side, then the deploy manifest of every file the site now holds
 * (deploy-manifest.ts).
 * The variants' indexes are made a process each. From cold, one after the other: Pagefind holds a whole part of an
 * index in memory while it builds (about 350 kB a page), so two at once would double the build's peak. In a
 * rebuild, side by side: it writes small parts, and a large one only under the cache's lock (index-site.node.ts).
 * All run to the end, so a build reports every failure; the exit is non-zero when any failed. Runs in Node, from
 * the command line, in the project root.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { indexedBefore, removeOtherIndexes } from '../lib/search/index-site.node.ts';
import { cacheFolder } from '../lib/site/cache-folder.node.ts';
import { variants } from '../lib/variants/variants.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const step = (name: string, args: string[]) =>
  new Promise<number | null>((resolve) =>
    spawn(process.execPath, [fileURLToPath(new URL(name, import.meta.url)), ...args], { stdio: 'inherit' }).on(
      'close',
      resolve,
    ),
  );
/** Each variant's index, side by side when every one was indexed before; each runs whether or not another failed. */
async function indexEveryVariant(): Promise<Array<number | null>> {
  const index = (segment: string) => step('index-search.ts', [...positionals, '--variant', segment]);
  const cache = path.resolve(cacheFolder());
  const warm = (await Promise.all(variants.map((v) => indexedBefore(cache, v.segment)))).every(Boolean);
  if (warm) return Promise.all(variants.map((v) => index(v.segment)));
  const statuses = [];
  for (const variant of variants) statuses.push(await index(variant.segment));
  return statuses;
}
// A variant turned off (SITE_VARIANTS): its pages are gone with the build (stale-pages.ts), its index goes here.
for (const segment of await removeOtherIndexes(positionals[0] ?? 'dist')) {
  console.log(`${new Date().toTimeString().slice(0, 8)} [search] removed the index of ${segment}, no longer a variant`);
}
const statuses = (await Promise.all([indexEveryVariant(), step('review-report.ts', []).then((s) => [s])])).flat();
statuses.push(await step('deploy-manifest.ts', positionals));
// null is a step killed by a signal: a failure too.
process.exitCode = statuses.every((status) => status === 0) ? 0 : 1;
