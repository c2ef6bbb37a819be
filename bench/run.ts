/**
 * `npm run bench [section…]`: snapshots the project into a temp folder, builds it
 * there, serves the build on 127.0.0.1 and measures it in Chromium. Sections:
 * weight, lighthouse, search, switching, build, photos (all when none is named), and search-scale (only when named).
 * Prints tables and writes bench/results/latest.json (latest-<sections>.json for a partial run).
 * Env: BENCH_RUNS (default 7), BENCH_SIZES (default 1,100,1000), BENCH_SEARCH_SIZES (search-scale, default 1000),
 * BENCH_PHOTOS (articles with full-size photos built cold, and with small ones built warm; default 25,1000),
 * BENCH_KEEP=1 keeps the temp folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { launch } from './browser.ts';
import { buildCost } from './build-cost.ts';
import { render, type Table } from './format.ts';
import { lighthouseScores, unavailable } from './lighthouse.ts';
import { searchBench } from './search.ts';
import { searchScaleBench } from './search-scale.ts';
import { serve, type SiteServer } from '../tests/support/static-server.ts';
import { addPhotoArticle, build, snapshot } from './site.ts';
import { switchingBench, writeClientPage } from './switching.ts';
import { pageWeight } from './weight.ts';
import { photoCost } from './photos.ts';

const SECTIONS = ['weight', 'lighthouse', 'search', 'switching', 'build', 'photos', 'search-scale'] as const;
/** Sections run when none is named: all but search-scale, which builds sites of a thousand articles and more. */
const DEFAULT_SECTIONS = SECTIONS.filter((s) => s !== 'search-scale');
type Section = (typeof SECTIONS)[number];

const projectRoot = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(projectRoot, 'bench', 'results');
const slug = 'yancheng-social-work-conference';
const article = (variant: string) => `/${variant}/${slug}/`;
// The site under test holds the seed and, so that Lighthouse sees a lead photo, the fixtures' article with photos.
const photoArticle = (variant: string) => `/${variant}/photo-report/`;
const runs = Number(process.env['BENCH_RUNS'] ?? 7);
const sizes = (process.env['BENCH_SIZES'] ?? '1,100,1000').split(',').map(Number);
const [coldArticles = 25, warmArticles = 1000] = (process.env['BENCH_PHOTOS'] ?? '25,1000').split(',').map(Number);
const searchSizes = (process.env['BENCH_SEARCH_SIZES'] ?? '1000').split(',').map(Number);

const PAGES = [
  { type: 'root', path: '/' },
  { type: 'front zh-hant', path: '/zh-hant/' },
  { type: 'front zh-hans', path: '/zh-hans/' },
  { type: 'article zh-hant', path: article('zh-hant') },
  { type: 'article zh-hans', path: article('zh-hans') },
  { type: 'article with photos zh-hans', path: photoArticle('zh-hans') },
  { type: 'search zh-hant', path: '/zh-hant/search/' },
  { type: 'search zh-hans', path: '/zh-hans/search/' },
];
const SEARCHES = [
  { variant: 'zh-hant', path: article('zh-hant'), first: '社會工作', second: '基層治理' },
  { variant: 'zh-hans', path: article('zh-hans'), first: '社会工作', second: '基层治理' },
];

const progress = (message: string) => console.error(`[bench] ${message}`);

function chosenSections(args: string[]): Section[] {
  const unknown = args.filter((a) => !(SECTIONS as readonly string[]).includes(a));
  if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
  return args.length ? (args as Section[]) : [...DEFAULT_SECTIONS];
}

async function machine() {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const git = (...args: string[]) => execFileSync('git', ['-C', projectRoot, ...args], { encoding: 'utf8' }).trim();
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism(),
    cpu: /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' + uncommitted changes' : ''}`,
  };
}

async function main(): Promise<void> {
  const sections = chosenSections(process.argv.slice(2));
  const info = await machine();
  const work = await mkdtemp(path.join(os.tmpdir(), 'bench-'));
  const results: Record<string, unknown> = {};
  const tables: Table[] = [];
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  const show = (table: Table) => {
    tables.push(table);
    console.log(render(table));
  };
  try {
    progress(`snapshot of ${projectRoot} in ${work}`);
    const root = await snapshot(projectRoot, path.join(work, 'site'));
    await addPhotoArticle(root);
    let site: Record<string, unknown> = {};
    if (sections.some((s) => s !== 'build' && s !== 'photos')) {
      const dist = path.join(work, 'out', 'dist');
      server = await serve(dist); // started first so the build can use its origin as SITE_URL
      progress('building the site');
      const built = await build(root, dist, { siteUrl: server.origin });
      site = { ...built, origin: server.origin };
      browser = await launch();
      Object.assign(info, { chromium: browser.version() });
    }
    console.log(
      `Bench ${info.date} · ${info.cpu} · nproc ${info.nproc} · ${info.memoryGiB} GiB · Node ${info.node}${browser ? ` · Chromium ${browser.version()}` : ''} · ${info.commit}`,
    );
    if (site['seconds'])
      console.log(
        `Site under test: cold build ${(site['seconds'] as number).toFixed(1)} s, ${site['pages']} HTML pages, served at ${site['origin']}`,
      );
    for (const section of sections) {
      progress(`section ${section}`);
      if (section === 'weight') {
        const r = await pageWeight(browser!, server!, PAGES);
        results[section] = r.data;
        show(r.table);
      } else if (section === 'lighthouse') {
        try {
          await mkdir(resultsDir, { recursive: true });
          const r = await lighthouseScores(
            server!.origin,
            [article('zh-hant'), article('zh-hans'), photoArticle('zh-hans')],
            resultsDir,
          );
          results[section] = r.data;
          show(r.table);
        } catch (error) {
          const reason = (error as Error).message.split('\n')[0]!;
          results[section] = { unavailable: reason };
          show(unavailable(reason));
        }
      } else if (section === 'search') {
        const r = await searchBench(browser!, server!, SEARCHES, runs);
        results[section] = r.data;
        show(r.table);
      } else if (section === 'search-scale') {
        const all = [];
        for (const count of searchSizes) {
          progress(`building and searching a site of ${count} articles`);
          const r = await searchScaleBench(browser!, root, work, count, {
            slowPhone: count === Math.max(...searchSizes),
          });
          all.push(r.data);
          r.tables.forEach(show);
        }
        results[section] = all;
      } else if (section === 'switching') {
        const client = await writeClientPage(path.join(work, 'out', 'dist'), projectRoot, slug);
        const r = await switchingBench(
          browser!,
          server!,
          projectRoot,
          { client, prebuilt: article('zh-hans'), traditional: article('zh-hant') },
          runs,
        );
        results[section] = r.data;
        show(r.table);
      } else if (section === 'photos') {
        const r = await photoCost(root, work, { coldArticles, warmArticles });
        results[section] = r.data;
        show(r.table);
      } else {
        const r = await buildCost(root, work, sizes);
        results[section] = r.data;
        show(r.table);
      }
    }
    await mkdir(resultsDir, { recursive: true });
    const file = path.join(
      resultsDir,
      sections.length === DEFAULT_SECTIONS.length ? 'latest.json' : `latest-${sections.join('-')}.json`,
    );
    await writeFile(file, `${JSON.stringify({ machine: info, site, runs, sections: results, tables }, null, 2)}\n`);
    progress(`wrote ${path.relative(projectRoot, file)}`);
  } finally {
    await browser?.close();
    await server?.close();
    if (process.env['BENCH_KEEP'] === '1') progress(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

await main();
