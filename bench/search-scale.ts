/**
 * Section `search-scale`: the first search on an archive-sized site, in bytes on the wire and in
 * exactness, by three engines on the same articles. The site holds the real articles of
 * `../shared/corpus/cnews-news.jsonl` when that file is there (those with a lost character, `?`, left out
 * as the build would refuse them), generated articles (tests/support/generated-corpus.ts) to make up the
 * count, and the seed. The engines:
 *
 * - `site`: Pagefind as the site uses it, the working tree's build, through `/zh-hans/search/?q=…`;
 * - `plain`: plain Pagefind on the same built pages (one record per zh-hans article, its text as it is,
 *   Pagefind's defaults), through a small harness page `plain-pagefind/search.html?q=…`;
 * - `own`: the site's own static index from its last commit before Pagefind (OWN_INDEX_COMMIT), built from
 *   that commit's tree on the same articles, through its `/zh-hans/search/?q=…`.
 *
 * Each query is searched in a fresh browser context; everything fetched after the page itself counts, text
 * gzip-compressed and files that are gzip already (Pagefind's, the old index's shards) as they are. The count
 * shown is compared with the number of articles whose Simplified text holds the query; a warm next query is
 * timed. At the largest size, the site's and the old index's search page are also opened from a shared link
 * on a slow phone (Lighthouse's slow 4G and 4× CPU): first paint, and the count shown after it. Runs in Node.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import * as pagefind from 'pagefind';
import { kB, median, ms, type Table } from './format.ts';
import { installProbe, TARGET_MS, timeQuery } from './search.ts';
import { build, linkModules, type BuildResult } from './site.ts';
import { serve, settle, type Served, type SiteServer } from '../tests/support/static-server.ts';
import { generateArticles, mulberry32 } from '../tests/support/generated-corpus.ts';
import { simplifiedText, slug as seedSlug } from '../tests/support/seed.ts';
import { convertText } from '../src/lib/conversion/convert.ts';
import { indexedPage } from '../src/lib/search/indexed-page.ts';
import { variantByLang, variantBySegment } from '../src/lib/variants/variants.ts';
import { sectionIds, sections } from '../src/lib/sections/sections.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const CORPUS = path.resolve(projectRoot, '../shared/corpus/cnews-news.jsonl');

/** The last commit with the site's own static index (`search-index/<segment>.json` and its versions). */
export const OWN_INDEX_COMMIT = 'fa17442';

/** The queries searched: the issue's three, and others of one to four characters. */
export const SCALE_QUERIES = ['房价', '社会工作', '中国经济', '股', '发展', '北京时间'];
/** Lengths, in Han characters, of the queries drawn from the real articles' text. */
const DRAWN_LENGTHS = [1, 2, 3, 4, 10, 20, 30];
/** Queries are drawn from the first articles of the site (real ones first), the same at every size from this one up. */
const DRAW_FROM = 100;
/** Queries searched on a slow phone at the largest size: a frequent character and a word; then the longest drawn phrase. */
const SLOW_PHONE_QUERIES = ['股', '社会工作'];

/** Lighthouse's mobile "slow 4G" (150 ms RTT, 1.6384 Mbit/s down, 750 kbit/s up), for CDP network emulation. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 204_800, uploadThroughput: 96_000 };
/** Lighthouse's mobile CPU slowdown. */
const CPU_SLOWDOWN = 4;

/** The issue's budgets for a first search (bytes) and a warm one (ms). */
const BUDGET = {
  /** Median over queries of up to 4 characters, at 1,000 articles. */
  median1k: 150_000,
  /** Median over queries of up to 4 characters, at 10,000 articles. */
  median10k: 250_000,
  /** Any query of up to 4 characters, at 1,000 articles. */
  short1k: 200_000,
  /** Any query of up to 30 characters. */
  any: 250_000,
  warmMs: TARGET_MS,
  /** From first paint to results, on a slow phone. */
  slowPhoneMs: 3_000,
};

interface CorpusLine {
  id: number;
  section: string;
  title: string;
  paragraphs: string[];
}

/** An article of the bench site: its Markdown entry and its text in Simplified script. */
interface BenchArticle {
  slug: string;
  markdown: string;
  hans: string;
}

/** The real articles of the shared corpus, when it is there, as entries dated three a day back from 2025-02-18. */
async function realArticles(): Promise<BenchArticle[]> {
  const text = await readFile(CORPUS, 'utf8').catch(() => '');
  const bySectionName = new Map(sections.map((s) => [s.names['zh-hans'] as string, s.id]));
  const lines = text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CorpusLine)
    .filter((a) => !/\?/.test(a.title + a.paragraphs.join('')) && bySectionName.has(a.section));
  return lines.map((a, i) => {
    const date = new Date(Date.parse('2025-02-18T00:00:00Z') - Math.floor(i / 3) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const description = (/^[^。！？]*[。！？]/.exec(a.paragraphs[0] ?? '')?.[0] ?? a.title).slice(0, 120);
    const markdown = [
      '---',
      `title: ${JSON.stringify(a.title)}`,
      `section: ${bySectionName.get(a.section)}`,
      'script: zh-Hans',
      `date: ${date}`,
      `description: ${JSON.stringify(description)}`,
      '---',
      '',
      a.paragraphs.join('\n\n'),
      '',
    ].join('\n');
    return { slug: `cnews-${a.id}`, markdown, hans: [a.title, ...a.paragraphs].join('\n') };
  });
}

/** Writes a site of `count` articles (real ones first, generated ones to make up the rest, and the seed). */
async function writeSite(folder: string, count: number): Promise<{ articles: BenchArticle[]; real: number }> {
  await mkdir(folder, { recursive: true });
  const real = (await realArticles()).slice(0, count);
  const hans = variantBySegment('zh-hans');
  const generated = generateArticles({ count: count - real.length, sections: sectionIds, seed: 7 }).map((a) => ({
    slug: a.slug,
    markdown: a.markdown,
    hans: convertText([a.title, ...a.paragraphs].join('\n'), variantByLang(a.script), hans),
  }));
  const articles = [...real, ...generated];
  for (const a of articles) await writeFile(path.join(folder, `${a.slug}.md`), a.markdown);
  await copyFile(path.join(projectRoot, `content/articles/${seedSlug}.md`), path.join(folder, `${seedSlug}.md`));
  articles.push({ slug: seedSlug, markdown: '', hans: simplifiedText });
  return { articles, real: real.length };
}

/**
 * SCALE_QUERIES, then one query of each of DRAWN_LENGTHS cut from runs of Han characters (within one line of
 * text) of the site's first articles, by a seeded generator: the same queries for the same articles.
 */
function scaleQueries(articles: readonly BenchArticle[]): string[] {
  const random = mulberry32(20_250_218);
  const runs = articles
    .slice(0, DRAW_FROM)
    .flatMap((a) => a.hans.match(/\p{Script=Han}+/gu) ?? [])
    .map((run) => [...run]);
  const queries = [...SCALE_QUERIES];
  for (const length of DRAWN_LENGTHS) {
    const long = runs.filter((run) => run.length >= length);
    for (let tries = 0; tries < 100 && long.length; tries++) {
      const run = long[Math.floor(random() * long.length)]!;
      const start = Math.floor(random() * (run.length - length + 1));
      const query = run.slice(start, start + length).join('');
      if (queries.includes(query)) continue;
      queries.push(query);
      break;
    }
  }
  return queries;
}

/** Files and bytes fetched, by kind of file. */
type Kinds = Record<string, { files: number; bytes: number }>;

/** An engine searched through a page: the kinds its files fall into. */
interface Engine {
  name: string;
  title: string;
  kinds: readonly string[];
  kindOf(path: string): string;
}

/** Pagefind's files by folder: chunks of the word index, fragments (a page's text and meta), filter indexes. */
function pagefindKind(file: string): string {
  const folder = /\/(index|fragment|filter)\/[^/]+$/.exec(file)?.[1];
  return folder === 'index' ? 'index' : folder ? `${folder}s` : 'fixed';
}

const SITE: Engine = {
  name: 'site',
  title: 'Pagefind as the site uses it',
  kinds: ['fixed', 'index', 'fragments', 'filters'],
  kindOf: pagefindKind,
};
const PLAIN: Engine = {
  name: 'plain',
  title: 'plain Pagefind (defaults, the text as it is, query unquoted)',
  kinds: ['fixed', 'index', 'fragments', 'filters'],
  kindOf: pagefindKind,
};
const OWN: Engine = {
  name: 'own',
  title: `the site's own index (${OWN_INDEX_COMMIT})`,
  kinds: ['fixed', 'shards', 'records', 'sections'],
  // A file under an index version's folder, by kind; everything else (code, entry, folding table) is fixed.
  kindOf: (file) => /\/search-index\/[^/]+\/[^/]+\/(shards|records|sections)\//.exec(file)?.[1] ?? 'fixed',
};

/** The log's files and bytes by kind. */
function byKind(engine: Engine, log: readonly Served[]): Kinds {
  const kinds: Kinds = {};
  for (const entry of log) {
    const kind = engine.kindOf(entry.path);
    kinds[kind] ??= { files: 0, bytes: 0 };
    kinds[kind].files++;
    kinds[kind].bytes += entry.gzip;
  }
  return kinds;
}

/** One first search, as measured. */
interface Measurement {
  query: string;
  truth: number;
  found: number;
  requests: number;
  totalBytes: number;
  kinds: Kinds;
  /** From navigation to the count shown, in the page's clock. */
  shownMs: number;
  warm: { query: string; ms: number };
}

/** What a first search's page gave: the server's log after the page, the count shown and when, the warm next query. */
type FirstSearch = Pick<Measurement, 'found' | 'shownMs' | 'warm'> & { log: Served[] };

/** The status line of the site's search page. */
const STATUS = '.search-page__status';

/** In the page, from before its scripts: notes in `__shown` when the status element first shows a count. */
function watchStatus(selector: string): void {
  const probe = window as unknown as { __shown?: number };
  new MutationObserver((_, observer) => {
    if (!/找到|没有结果/.test(document.querySelector(selector)?.textContent ?? '')) return;
    probe.__shown = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Resolves with the page's `__shown`, once it is set. */
async function shownAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => (window as unknown as { __shown?: number }).__shown, undefined, {
    timeout: 120_000,
  });
  return (await handle.jsonValue())!;
}

/** A fresh context whose pages note when the search page's count is shown. */
async function watchedContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript(watchStatus, STATUS);
  return context;
}

/** Searches `query` cold on a site's `/zh-hans/search/` page, then `next` warm in the header box of that page. */
async function searchPage(browser: Browser, server: SiteServer, query: string, next: string): Promise<FirstSearch> {
  const context = await watchedContext(browser);
  const page = await context.newPage();
  server.take();
  await page.goto(`${server.origin}/zh-hans/search/?q=${encodeURIComponent(query)}`);
  const shownMs = await shownAt(page);
  await settle(server);
  const log = server.take().filter((e) => !e.path.startsWith('/zh-hans/search/'));
  const status = (await page.locator(STATUS).textContent()) ?? '';
  const found = Number(/找到\s*(\d+)/.exec(status)?.[1] ?? 0);
  // Warm: the next query typed into the header box of the same page, the search code and table loaded.
  await page.evaluate(installProbe);
  await page.locator('.site-search__input').fill('');
  await page.focus('.site-search__input');
  const warm = await timeQuery(page, next);
  await context.close();
  return { log, found, shownMs, warm: { query: next, ms: warm.ms } };
}

/** The harness page of plain Pagefind, in its bundle's folder. */
const PLAIN_FOLDER = 'plain-pagefind';
const HARNESS = 'search.html';

/** What the harness page exposes to the bench. */
interface Harness {
  __shown?: number;
  plainSearch(query: string): Promise<number>;
}

/**
 * The harness: Pagefind's own pagefind.js with its defaults (its worker included), the query from `?q=` as
 * typed, the first ten results' data loaded; then the count in `#count`, and the time in `__shown`.
 */
const HARNESS_HTML = `<!doctype html>
<html lang="zh-Hans">
  <head>
    <meta charset="utf-8" />
    <title>Plain Pagefind</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <p id="count"></p>
    <ol id="results"></ol>
    <script type="module">
      const pagefind = await import('./pagefind.js');
      await pagefind.options({});
      await pagefind.init();
      const list = document.getElementById('results');
      /** Searches, loads the first ten results' data and lists their headlines; resolves with the count. */
      window.plainSearch = async (query) => {
        const { results } = await pagefind.search(query);
        const pages = await Promise.all(results.slice(0, 10).map((result) => result.data()));
        list.replaceChildren(...pages.map((page) => Object.assign(document.createElement('li'), { textContent: page.meta.title })));
        return results.length;
      };
      const count = await window.plainSearch(new URLSearchParams(location.search).get('q') ?? '');
      const output = document.getElementById('count');
      output.textContent = String(count);
      window.__shown = performance.now();
      output.dataset.done = '';
    </script>
  </body>
</html>
`;

/**
 * Writes plain Pagefind's bundle of the built site's zh-hans articles into `<dist>/plain-pagefind/`, with
 * Pagefind's defaults (chunk size included), and its harness page; resolves with the records written.
 */
async function writePlainPagefind(dist: string): Promise<number> {
  const folder = path.join(dist, PLAIN_FOLDER);
  const entries = await readdir(path.join(dist, 'zh-hans'), { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  // Pagefind's service inherits this process's environment: the site's chunk size must not reach it.
  const chunkSize = process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
  delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
  let records = 0;
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    for (let start = 0; start < files.length; start += 64) {
      const batch = files.slice(start, start + 64);
      const added = batch.map(async (file) => {
        const page = indexedPage(await readFile(file, 'utf8'));
        if (!page) return;
        const text = page.blocks.map((b) => b.text);
        if (text[0] !== page.title) text.unshift(page.title);
        const relative = path.relative(dist, file).split(path.sep).join('/');
        records++;
        const { errors } = await index.addCustomRecord({
          url: `/${relative.replace(/(^|\/)index\.html$/, '$1')}`,
          content: text.join('\n'),
          language: 'zh-hans',
          meta: { title: page.title },
        });
        if (errors.length) throw new Error(`Pagefind, ${relative}: ${errors.join('; ')}`);
      });
      await Promise.all(added);
    }
    await rm(folder, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
    if (chunkSize !== undefined) process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = chunkSize;
  }
  await writeFile(path.join(folder, HARNESS), HARNESS_HTML);
  return records;
}

/** Searches `query` cold on plain Pagefind's harness page, then `next` warm on the same page (search and data, no typing). */
async function searchHarness(browser: Browser, server: SiteServer, query: string, next: string): Promise<FirstSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const harness = `/${PLAIN_FOLDER}/${HARNESS}`;
  server.take();
  await page.goto(`${server.origin}${harness}?q=${encodeURIComponent(query)}`);
  await page.locator('#count[data-done]').waitFor({ timeout: 120_000 });
  const shownMs = await shownAt(page);
  await settle(server);
  const log = server.take().filter((e) => e.path !== harness);
  const found = Number(await page.locator('#count').textContent());
  const warmMs = await page.evaluate(async (q) => {
    const start = performance.now();
    await (window as unknown as Harness).plainSearch(q);
    return performance.now() - start;
  }, next);
  await context.close();
  return { log, found, shownMs, warm: { query: next, ms: warmMs } };
}

/** Searches every query once, cold, with `search`, and measures each against its truth. */
async function measureAll(
  engine: Engine,
  queries: readonly string[],
  truths: ReadonlyMap<string, number>,
  search: (query: string, next: string) => Promise<FirstSearch>,
): Promise<Measurement[]> {
  const measured: Measurement[] = [];
  for (const [i, query] of queries.entries()) {
    const next = queries[(i + 1) % queries.length]!;
    const { log, ...rest } = await search(query, next);
    measured.push({
      query,
      truth: truths.get(query)!,
      ...rest,
      requests: log.length,
      totalBytes: log.reduce((n, e) => n + e.gzip, 0),
      kinds: byKind(engine, log),
    });
  }
  return measured;
}

/** The table of one engine's first searches. */
function engineTable(engine: Engine, count: number, measured: readonly Measurement[]): Table {
  const part = (kinds: Kinds, k: string) => (kinds[k] ? `${kB(kinds[k].bytes)} (${kinds[k].files})` : '–');
  return {
    title: `Search at ${count} articles, ${engine.name}: ${engine.title}`,
    head: ['query', 'chars', 'found / truth', ...engine.kinds, 'total', 'page → count shown', 'warm: next query'],
    rows: measured.map((m) => [
      m.query,
      String([...m.query].length),
      `${m.found} / ${m.truth}${m.found === m.truth ? '' : ' ✗'}`,
      ...engine.kinds.map((k) => part(m.kinds, k)),
      `${kB(m.totalBytes)} (${m.requests})`,
      ms(m.shownMs),
      `${[...m.warm.query].length > 4 ? `${[...m.warm.query].slice(0, 4).join('')}…` : m.warm.query} ${ms(m.warm.ms)}`,
    ]),
  };
}

/** A figure with ✓ or ✗ against a budget, when there is one at this size. */
function against(figure: number, budget: number | undefined, show: (n: number) => string): string {
  return budget === undefined ? show(figure) : `${show(figure)} ${figure <= budget ? '✓' : `✗ > ${show(budget)}`}`;
}

/** One engine's row of the summary: bytes of short queries and of all, exact counts, warm times. */
function summaryRow(engine: Engine, count: number, measured: readonly Measurement[]): string[] {
  const short = measured.filter((m) => [...m.query].length <= 4).map((m) => m.totalBytes);
  const all = measured.map((m) => m.totalBytes);
  const warm = measured.map((m) => m.warm.ms);
  const medianBudget = count === 1000 ? BUDGET.median1k : count === 10_000 ? BUDGET.median10k : undefined;
  const exact = measured.filter((m) => m.found === m.truth).length;
  return [
    `${engine.name}: ${engine.title}`,
    against(median(short), medianBudget, kB),
    against(Math.max(...short), count === 1000 ? BUDGET.short1k : undefined, kB),
    against(Math.max(...all), BUDGET.any, kB),
    `${exact}/${measured.length}`,
    `${ms(median(warm))} / ${against(Math.max(...warm), BUDGET.warmMs, ms)}`,
  ];
}

/** What a page's clock says about a load from a shared link on a slow phone. */
interface SlowPhone {
  query: string;
  firstPaint: number;
  shown: number;
  /** Requests the server answered in all (the page included), and those the page had started by the count shown. */
  requests: number;
  requestsBeforeShown: number;
  /** The longest chain of requests, each started after the one before it ended, among those ended by the count shown. */
  chain: number;
  bytes: number;
}

/** In the page: first paint, when the count was shown, and each request's start and end (the page's own first). */
function pageTimings(): { firstPaint: number; shown: number; requests: { start: number; end: number }[] } {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  return {
    firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? Number.NaN,
    shown: (window as unknown as { __shown: number }).__shown,
    requests: [navigation, ...resources].map((e) => ({ start: e.startTime, end: e.responseEnd })),
  };
}

/** The longest chain of requests where each starts once the one before it has ended (1 ms of slack). */
function longestChain(requests: readonly { start: number; end: number }[]): number {
  const sorted = [...requests].sort((a, b) => a.end - b.end);
  const depth: number[] = [];
  sorted.forEach((r, i) => {
    depth[i] = 1 + Math.max(0, ...sorted.slice(0, i).map((q, j) => (q.end <= r.start + 1 ? depth[j]! : 0)));
  });
  return Math.max(0, ...depth);
}

/** Opens a site's search page for `query` in a fresh context on a slow phone: slow 4G, 4× CPU. */
async function slowPhone(browser: Browser, server: SiteServer, query: string): Promise<SlowPhone> {
  const context = await watchedContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  server.take();
  await page.goto(`${server.origin}/zh-hans/search/?q=${encodeURIComponent(query)}`, { timeout: 120_000 });
  await shownAt(page);
  await settle(server, 1_000, 60_000);
  const log = server.take();
  const { firstPaint, shown, requests } = await page.evaluate(pageTimings);
  await context.close();
  const beforeShown = requests.filter((r) => r.end <= shown);
  return {
    query,
    firstPaint,
    shown,
    requests: log.length,
    requestsBeforeShown: requests.filter((r) => r.start <= shown).length,
    chain: longestChain(beforeShown),
    bytes: log.reduce((n, e) => n + e.gzip, 0),
  };
}

/** The table of the slow-phone loads. */
function slowPhoneTable(count: number, loads: readonly { engine: Engine; load: SlowPhone }[]): Table {
  return {
    title: `Search page from a shared link on a slow phone (slow 4G: 150 ms RTT, 1.6 Mbit/s down; 4× CPU), ${count} articles`,
    head: [
      'engine',
      'query',
      'first paint',
      'first paint → count shown',
      'requests (by count / all)',
      'longest chain',
      'bytes (all)',
    ],
    rows: loads.map(({ engine, load }) => [
      engine.name,
      load.query,
      ms(load.firstPaint),
      against(load.shown - load.firstPaint, BUDGET.slowPhoneMs, ms),
      `${load.requestsBeforeShown} / ${load.requests}`,
      String(load.chain),
      kB(load.bytes),
    ]),
    notes: [
      "Times in the page's clock from navigation. Requests by count = started (the page included) before the count was shown;",
      'all = answered by the server until it was quiet. Longest chain: of the requests ended by the count shown, the longest',
      'sequence in which each starts after the one before it ended (an upper bound on the chain of dependent requests).',
      `Target: results within ${BUDGET.slowPhoneMs / 1000} s of first paint.`,
    ],
  };
}

/** The tree of OWN_INDEX_COMMIT in `<work>/own-index-root`, with links to the project's packages; made once per run. */
async function ownIndexRoot(work: string): Promise<string> {
  const root = path.join(work, 'own-index-root');
  if (await stat(root).catch(() => null)) return root;
  await mkdir(root, { recursive: true });
  const archive = path.join(work, 'own-index.tar');
  execFileSync('git', ['-C', projectRoot, 'archive', '--output', archive, OWN_INDEX_COMMIT]);
  execFileSync('tar', ['-xf', archive, '-C', root]);
  await rm(archive);
  await linkModules(projectRoot, root);
  return root;
}

/**
 * Builds a site of `count` articles in `work` from the snapshot at `root`, and from OWN_INDEX_COMMIT; searches
 * each query once, cold, with each engine; with `slowPhone`, also loads the search page on a slow phone.
 */
export async function searchScaleBench(
  browser: Browser,
  root: string,
  work: string,
  count: number,
  options: { slowPhone?: boolean } = {},
): Promise<{ data: unknown; tables: Table[] }> {
  const folder = path.join(work, `scale-${count}`);
  const content = path.join(folder, 'articles');
  const { articles, real } = await writeSite(content, count);
  const queries = scaleQueries(articles);
  const truths = new Map(queries.map((q) => [q, articles.filter((a) => a.hans.includes(q)).length]));
  const tables: Table[] = [];
  const results: { engine: Engine; measured: Measurement[] }[] = [];
  const slow: { engine: Engine; load: SlowPhone }[] = [];
  const slowQueries = [...SLOW_PHONE_QUERIES, queries.at(-1)!];

  // The site as it is, and plain Pagefind on its pages.
  const dist = path.join(folder, 'site', 'dist');
  const server = await serve(dist);
  let built: BuildResult | undefined;
  let plainRecords: number | undefined;
  try {
    built = await build(root, dist, { contentDir: content, siteUrl: server.origin });
    const site = await measureAll(SITE, queries, truths, (q, next) => searchPage(browser, server, q, next));
    results.push({ engine: SITE, measured: site });
    if (options.slowPhone)
      for (const q of slowQueries) slow.push({ engine: SITE, load: await slowPhone(browser, server, q) });
    plainRecords = await writePlainPagefind(dist);
    const plain = await measureAll(PLAIN, queries, truths, (q, next) => searchHarness(browser, server, q, next));
    results.push({ engine: PLAIN, measured: plain });
  } finally {
    await server.close();
  }

  // The site's own index, from its last commit.
  const ownDist = path.join(folder, 'own', 'dist');
  const ownServer = await serve(ownDist);
  let ownBuilt: BuildResult | undefined;
  try {
    ownBuilt = await build(await ownIndexRoot(work), ownDist, { contentDir: content, siteUrl: ownServer.origin });
    const own = await measureAll(OWN, queries, truths, (q, next) => searchPage(browser, ownServer, q, next));
    results.push({ engine: OWN, measured: own });
    if (options.slowPhone)
      for (const q of slowQueries) slow.push({ engine: OWN, load: await slowPhone(browser, ownServer, q) });
  } finally {
    await ownServer.close();
  }

  for (const { engine, measured } of results) tables.push(engineTable(engine, count, measured));
  tables.at(-1)!.notes = [
    `${count} articles: ${real} real, ${count - real} generated, and the seed. Queries: the issue's six, then ${DRAWN_LENGTHS.join(', ')}`,
    `Han characters cut from the first ${DRAW_FROM} articles' text. Bytes on the wire, everything after the page itself (gzip for text,`,
    "Pagefind's files and the old shards as they are); (n) = files. fixed: site = pagefind.js, WebAssembly, entry, metadata, folding",
    'table, search code; plain = pagefind.js, its worker, WebAssembly, entry, metadata; own = search code, entry, folding table; site',
    "and own also the page's own small files (header scripts, print CSS, icon: about 2 kB). truth = articles whose Simplified text",
    "holds the query. Each query in a fresh context: a cold first search; page → count shown in the page's clock from navigation.",
    "Warm: site and own, the next query typed into the header box of that page, from the last keystroke to the results' frame",
    '(bench/search.ts); plain, the next query searched and its first ten results loaded in the harness, without typing.',
  ];
  tables.push({
    title: `Search at ${count} articles: summary against the issue's budgets`,
    head: ['engine', 'median, ≤ 4 chars', 'max, ≤ 4 chars', 'max, any query', 'exact counts', 'warm: median / max'],
    rows: results.map(({ engine, measured }) => summaryRow(engine, count, measured)),
    notes: [
      'Budgets for the first search: median ≤ 150 kB (1,000 articles) or ≤ 250 kB (10,000), and ≤ 200 kB for any query of up to',
      '4 characters (1,000 articles); any query of up to 30 characters ≤ 250 kB; warm search ≤ 100 ms. ✓/✗ where a budget applies',
      'at this size. Exact counts: queries whose count shown equals the truth (plain Pagefind is not meant to be exact).',
    ],
  });
  if (slow.length) tables.push(slowPhoneTable(count, slow));
  return {
    data: {
      count,
      real,
      queries,
      build: built,
      ownBuild: ownBuilt,
      plainRecords,
      engines: Object.fromEntries(results.map(({ engine, measured }) => [engine.name, measured])),
      ...(slow.length ? { slowPhone: slow.map(({ engine, load }) => ({ engine: engine.name, ...load })) } : {}),
    },
    tables,
  };
}
