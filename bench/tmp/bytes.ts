import { cp, readFile, rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { indexSite } from '../../src/lib/search/index-site.node.ts';

const levels = process.argv[2]!.split(',').map(Number);
const site = '/tmp/p1k/bytes-site';
await rm(site, { recursive: true, force: true });
await cp('/tmp/p1k/dist/zh-hans', path.join(site, 'zh-hans'), { recursive: true, filter: (src) => !src.includes('/share') && !src.endsWith('.png') });
const r = await indexSite(site, { base: '/', segments: ['zh-hans'], levels });
let bytes = 0;
(globalThis as any).location = pathToFileURL(site + '/');
(globalThis as any).fetch = async (url: URL | string) => {
  const file = new URL(url, pathToFileURL(site + '/'));
  file.search = '';
  const body = await readFile(file);
  bytes += /\.(json)$/.test(file.pathname) ? gzipSync(body).length : body.length;
  return new Response(body);
};
const { search } = await import('../../src/components/search/engine.ts');
const out: string[] = [];
for (const q of ['房价', '社会工作', '中国经济', '股', '发展', '北京时间']) {
  bytes = 0;
  const { cached } = { cached: 0 };
  const mod = await import(`../../src/components/search/engine.ts?fresh=${q}`);
  const res = await mod.search(q, { index: pathToFileURL(path.join(site, 'search-index/zh-hans/0/pagefind.js')).href + `?q=${encodeURIComponent(q)}`, folding: pathToFileURL(path.join(site, 'zh-hans/search-folding.json')).href });
  await res.hits(10);
  out.push(`${q} ${(bytes / 1000).toFixed(1)}kB (${res.total})`);
}
console.log(levels.join(','), r[0]!.parts, 'parts:', out.join(' · '));
