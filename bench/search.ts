/**
 * Section 3: the header search box. Times run in the page's own clock, from the
 * last keystroke's `input` event to the animation frame after the results and
 * the 找到 N 篇文章 status are in the DOM; bytes come from the server's log.
 */
import type { Browser, Page } from '@playwright/test';
import { kB, median, ms, ratio, type Table } from './format.ts';
import { settle, total, type SiteServer } from '../tests/support/static-server.ts';

/** The queries typed on one variant's article page. */
export interface SearchCase {
  variant: string;
  path: string;
  /** Typed first: the cold (or preloaded) search. */
  first: string;
  /** Typed second on the same page: the warm search. */
  second: string;
}

export const TARGET_MS = 100;
export const TARGET_BYTES = 160_000;

interface Probe {
  lastInput: number;
  done: { query: string; dom: number; frame: number; count: number }[];
}
type WithProbe = { __bench: Probe };

/** Watches the search box; runs in the page. */
export function installProbe(): void {
  const input = document.querySelector<HTMLInputElement>('.site-search__input')!;
  const status = document.querySelector('.site-search__status')!;
  const probe: Probe = { lastInput: 0, done: [] };
  (window as unknown as WithProbe).__bench = probe;
  input.addEventListener('input', () => (probe.lastInput = performance.now()), true);
  new MutationObserver(() => {
    const found = /找到\s*(\d+)\s*篇文章/.exec(status.textContent ?? '');
    if (!found || !document.querySelector('.site-search__results [role="option"]')) return;
    const entry = { query: input.value, dom: performance.now(), frame: 0, count: Number(found[1]) };
    requestAnimationFrame(() => {
      entry.frame = performance.now();
      probe.done.push(entry);
    });
  }).observe(status, { childList: true, characterData: true, subtree: true });
}

/** Types `query` into the focused box; resolves with ms from its last keystroke to the results' frame. */
export async function timeQuery(page: Page, query: string): Promise<{ ms: number; count: number }> {
  await page.keyboard.type(query);
  const handle = await page.waitForFunction(
    (q) => {
      const probe = (window as unknown as WithProbe).__bench;
      const hit = probe.done.find((d) => d.query === q && d.dom >= probe.lastInput);
      return hit ? { ms: hit.frame - probe.lastInput, count: hit.count } : null;
    },
    query,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue())!;
}

async function openArticle(browser: Browser, server: SiteServer, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.origin + path, { waitUntil: 'load' });
  await settle(server);
  server.take();
  await page.evaluate(installProbe);
  return { context, page };
}

interface Run {
  coldMs: number;
  coldRaw: number;
  coldGzip: number;
  coldRequests: number;
  preloadedMs: number;
  preloadedGzip: number;
  warmMs: number;
  warmGzip: number;
  count: number;
}

/** One run of the three measurements, each cold one in a fresh context. */
async function measure(browser: Browser, server: SiteServer, c: SearchCase): Promise<Run> {
  // Cold: focus starts the preload, typing follows at once.
  let { context, page } = await openArticle(browser, server, c.path);
  await page.focus('.site-search__input');
  const cold = await timeQuery(page, c.first);
  const coldBytes = total(server.take());
  // Warm: a second query on the same page.
  await page.fill('.site-search__input', '');
  await settle(server, 200);
  server.take();
  const warm = await timeQuery(page, c.second);
  const warmBytes = total(server.take());
  await context.close();
  // Preloaded: focus, let the preload finish, then the first query.
  ({ context, page } = await openArticle(browser, server, c.path));
  await page.focus('.site-search__input');
  await settle(server);
  server.take();
  const preloaded = await timeQuery(page, c.first);
  const preloadedBytes = total(server.take());
  await context.close();
  return {
    coldMs: cold.ms,
    coldRaw: coldBytes.raw,
    coldGzip: coldBytes.gzip,
    coldRequests: coldBytes.requests,
    preloadedMs: preloaded.ms,
    preloadedGzip: preloadedBytes.gzip,
    warmMs: warm.ms,
    warmGzip: warmBytes.gzip,
    count: cold.count,
  };
}

/** Section 3 for each case: medians of `runs` runs, against the targets. */
export async function searchBench(
  browser: Browser,
  server: SiteServer,
  cases: readonly SearchCase[],
  runs: number,
): Promise<{ data: unknown; table: Table }> {
  const rows: string[][] = [];
  const data = [];
  for (const c of cases) {
    const all: Run[] = [];
    for (let i = 0; i < runs; i++) all.push(await measure(browser, server, c));
    const m = (key: keyof Run) => median(all.map((r) => r[key]));
    const result = {
      ...c,
      runs: all,
      median: {
        coldMs: m('coldMs'),
        preloadedMs: m('preloadedMs'),
        preloadedGzip: m('preloadedGzip'),
        warmMs: m('warmMs'),
        coldRaw: m('coldRaw'),
        coldGzip: m('coldGzip'),
        coldRequests: m('coldRequests'),
        warmGzip: m('warmGzip'),
      },
    };
    data.push(result);
    const med = result.median;
    rows.push(
      [
        `${c.variant} cold`,
        c.first,
        ms(med.coldMs),
        `${ratio(med.coldMs, TARGET_MS)} of 100 ms`,
        `${kB(med.coldGzip)} (${kB(med.coldRaw)} raw), ${med.coldRequests} req`,
        `${ratio(med.coldGzip, TARGET_BYTES)} of 160 kB`,
      ],
      [
        `${c.variant} preloaded`,
        c.first,
        ms(med.preloadedMs),
        `${ratio(med.preloadedMs, TARGET_MS)} of 100 ms`,
        `${kB(med.preloadedGzip)} after the preload`,
        '',
      ],
      [
        `${c.variant} warm`,
        c.second,
        ms(med.warmMs),
        `${ratio(med.warmMs, TARGET_MS)} of 100 ms`,
        `${kB(med.warmGzip)} more`,
        '',
      ],
    );
  }
  return {
    data,
    table: {
      title: `3. Header search: last keystroke → results on screen (median of ${runs})`,
      head: ['run', 'query', 'time', 'vs target', 'fetched for the search', 'vs target'],
      rows,
      notes: [
        'cold = fresh context, focus (starts the preload) and type at once; preloaded = fresh context, focus, wait until the',
        'preload is done, then type; warm = second query on the cold page. Time ends at the animation frame after the options',
        'and the 找到 N 篇文章 status are in the DOM. Fetched = bytes on the wire (gzip) from focus to the first results.',
        `cold/warm: ${data.map((d) => `${d.variant} ${ratio(d.median.coldMs, d.median.warmMs)}`).join(', ')}`,
      ],
    },
  };
}
