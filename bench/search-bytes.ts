/**
 * `node bench/search-bytes.ts <built site> [--levels 5000,500] [--segment zh-hans]`: the bytes of a first search
 * on a built site's index, per query, run with the site's own engine (src/components/search/engine.ts) and the
 * bundle's pagefind.js in Node, each query on a fresh Pagefind. Files are counted as they travel: JSON
 * gzip-compressed, Pagefind's files (gzip already) as they are, pagefind.js gzip-compressed. With `--levels`, the
 * variant's article pages are copied aside and indexed in parts of those sizes first, to compare layouts on the
 * same articles. For sites too large for the browser bench (bench/search-scale.ts), and for quick comparisons.
 * Runs in Node.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { indexSite } from '../src/lib/search/index-site.node.ts';
import { kB, median } from './format.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { levels: { type: 'string' }, segment: { type: 'string', default: 'zh-hans' } },
});
const QUERIES = ['房价', '社会工作', '中国经济', '股', '发展', '北京时间'];
const segment = values.segment;
let site = path.resolve(positionals[0] ?? 'dist');
let scratch: string | undefined;
if (values.levels) {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'search-bytes-'));
  await cp(path.join(site, segment), path.join(scratch, segment), {
    recursive: true,
    filter: (from) => !/\/share$|\.png$/.test(from),
  });
  const levels = values.levels.split(',').map(Number);
  const [done] = await indexSite(scratch, { base: '/', segments: [segment], levels });
  console.log(`${done!.articles} articles indexed in ${done!.parts} parts of ${values.levels}`);
  site = scratch;
}

let bytes = 0;
/** The site's files, as the browser would fetch them, counted as they travel. */
globalThis.fetch = async (url: URL | string | Request) => {
  const file = new URL(String(url), pathToFileURL(`${site}/`));
  file.search = '';
  const body = await readFile(file);
  bytes += file.pathname.endsWith('.json') ? gzipSync(body).length : body.length;
  return new Response(body);
};
Object.assign(globalThis, { location: pathToFileURL(`${site}/`) });
const script = path.join(site, 'search-index', segment, '0', 'pagefind.js');
const scriptBytes = gzipSync(await readFile(script)).length;

const rows: Array<[string, number, number]> = [];
for (const query of QUERIES) {
  bytes = scriptBytes;
  // A fresh engine and Pagefind for each query: module URLs with a query string are new modules.
  const engine = (await import(
    `../src/components/search/engine.ts?query=${encodeURIComponent(query)}`
  )) as typeof import('../src/components/search/engine.ts');
  const results = await engine.search(query, {
    index: `${pathToFileURL(script).href}?query=${encodeURIComponent(query)}`,
    folding: pathToFileURL(path.join(site, segment, 'search-folding.json')).href,
  });
  await results.hits(10);
  rows.push([query, results.total, bytes]);
}
for (const [query, total, fetched] of rows) console.log(`${query}\t${total} found\t${kB(fetched)}`);
console.log(`median ${kB(median(rows.map(([, , fetched]) => fetched)))}`);
if (scratch) await rm(scratch, { recursive: true, force: true });
