/**
 * `node src/cli/review-report.ts`: writes the conversion review's open choices (src/lib/review/report.node.ts)
 * as conversion-review.json in Astro's cache folder, for editors and tools: each article's count of open choices,
 * and the open choices grouped by character with every place. `npm run build` runs it once `astro build` has
 * exited, beside the search index (after-astro.ts): inside Astro's build:done hook, its 20 s at 10,000 articles
 * came on top of the memory Astro still held. Each unchanged article's review is kept in the cache folder.
 * Runs in Node, from the command line, in the project root.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { reviewArticles, reviewReport } from '../lib/review/report.node.ts';
import { cacheFolder } from '../lib/site/cache-folder.node.ts';

const folder = path.resolve(cacheFolder());
// Logged as Astro logs, so the bench's phase table (bench/scale.ts) shows it.
const log = (message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [review] ${message}`);
try {
  log('reviewing the conversion of every article');
  await mkdir(folder, { recursive: true });
  const reviews = await reviewArticles(pathToFileURL(`${process.cwd()}/`), {
    cache: pathToFileURL(path.join(folder, 'conversion-review-cache.json')),
  });
  const report = reviewReport(reviews);
  const file = path.join(folder, 'conversion-review.json');
  await writeFile(file, `${JSON.stringify(report)}\n`);
  const places = report.groups.reduce((sum, group) => sum + group.places, 0);
  log(`${places} open conversion choice(s) in ${report.groups.length} character(s) (npm run review): ${file}`);
} catch (error) {
  console.error(`conversion review: ${(error as Error).message}`);
  process.exit(1);
}
