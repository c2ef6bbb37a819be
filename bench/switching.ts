/**
 * Section 4: this site's prebuilt Simplified page against the common alternative,
 * a Traditional page that ships opencc-js and converts itself on load. Both load
 * in fresh contexts under 4× CPU throttling; a probe injected before the page's
 * own scripts notes the first animation frame in which #p7 is no longer Traditional.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { kB, median, ms, ratio, type Table } from './format.ts';
import { settle, total, type SiteServer } from './server.ts';

export const CPU_SLOWDOWN = 4;
const CLIENT_DIR = '_bench/opencc';

/**
 * Writes the comparison page into the built site: the Traditional article plus
 * opencc-js's t2cn UMD bundle, converting the whole document as opencc-js's README shows.
 */
export async function writeClientPage(dist: string, projectRoot: string, slug: string): Promise<string> {
  const folder = path.join(dist, CLIENT_DIR);
  await mkdir(folder, { recursive: true });
  await copyFile(path.join(projectRoot, 'node_modules/opencc-js/dist/umd/t2cn.js'), path.join(folder, 't2cn.js'));
  const html = await readFile(path.join(dist, 'zh-hant', slug, 'index.html'), 'utf8');
  const scripts =
    `<script src="/${CLIENT_DIR}/t2cn.js"></script>` +
    `<script>performance.mark('opencc-start');` +
    `OpenCC.HTMLConverter(OpenCC.Converter({from:'tw',to:'cn'}),document.documentElement,'zh-Hant','zh-Hans').convert();` +
    `performance.mark('opencc-end')</script>`;
  // A CSP meta tag, if the site has one, would block the added inline script.
  const page = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '').replace('</body>', `${scripts}</body>`);
  await writeFile(path.join(folder, 'index.html'), page);
  return `/${CLIENT_DIR}/`;
}

interface Probe {
  traditional: number;
  converted: number;
}
type WithProbe = { __bench: Probe };

/** Runs in the page before its scripts: times the frames that show #p7 in each script. */
function probe(traditional: string): void {
  const found: Probe = { traditional: 0, converted: 0 };
  (window as unknown as WithProbe).__bench = found;
  const check = () => {
    const text = document.getElementById('p7')?.textContent;
    if (text === traditional) found.traditional ||= performance.now();
    else if (text) return void (found.converted = performance.now());
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

interface Load {
  ms: number;
  traditionalShownMs: number | null;
  convertMs: number | null;
  jsRaw: number;
  jsGzip: number;
  jsRequests: number;
}

async function load(browser: Browser, server: SiteServer, url: string, traditional: string): Promise<Load> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(probe, traditional);
  server.take();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as WithProbe).__bench.converted > 0, undefined, { timeout: 60_000 });
  const result = await page.evaluate(() => {
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
    const start = mark('opencc-start');
    const end = mark('opencc-end');
    return { ...(window as unknown as WithProbe).__bench, convertMs: start !== undefined && end !== undefined ? end - start : null };
  });
  await settle(server);
  const js = total(server.take().filter((s) => s.type.includes('javascript')));
  await context.close();
  return { ms: result.converted, traditionalShownMs: result.traditional || null, convertMs: result.convertMs, jsRaw: js.raw, jsGzip: js.gzip, jsRequests: js.requests };
}

async function bundleSize(projectRoot: string, name: string) {
  const body = await readFile(path.join(projectRoot, 'node_modules/opencc-js/dist/umd', name));
  return { raw: body.length, gzip: gzipSync(body).length };
}

/** Section 4: medians of `runs` alternating loads of both pages. */
export async function switchingBench(browser: Browser, server: SiteServer, projectRoot: string, pages: { client: string; prebuilt: string; traditional: string }, runs: number): Promise<{ data: unknown; table: Table }> {
  // The Traditional text of #p7, read unthrottled from the Traditional page.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.origin + pages.traditional);
  const traditional = (await page.textContent('#p7'))!;
  await context.close();

  const client: Load[] = [];
  const prebuilt: Load[] = [];
  for (let i = 0; i < runs; i++) {
    client.push(await load(browser, server, server.origin + pages.client, traditional));
    prebuilt.push(await load(browser, server, server.origin + pages.prebuilt, traditional));
  }
  const summary = (loads: Load[]) => {
    const shown = loads.map((l) => l.traditionalShownMs).filter((t): t is number => t !== null);
    const convert = loads.map((l) => l.convertMs).filter((t): t is number => t !== null);
    return {
      ms: median(loads.map((l) => l.ms)),
      traditionalShownMs: shown.length ? median(shown) : null,
      traditionalShownRuns: shown.length,
      convertMs: convert.length ? median(convert) : null,
      jsRaw: median(loads.map((l) => l.jsRaw)),
      jsGzip: median(loads.map((l) => l.jsGzip)),
      jsRequests: median(loads.map((l) => l.jsRequests)),
    };
  };
  const a = summary(client);
  const b = summary(prebuilt);
  const t2cn = await bundleSize(projectRoot, 't2cn.js');
  const cn2t = await bundleSize(projectRoot, 'cn2t.js');
  const row = (name: string, url: string, s: typeof a) => [
    name,
    url,
    `${kB(s.jsRaw)} / ${kB(s.jsGzip)}`,
    String(s.jsRequests),
    ms(s.ms),
    s.traditionalShownMs === null ? 'never' : `${ms(s.traditionalShownMs)} (${s.traditionalShownRuns}/${runs} runs)`,
    s.convertMs === null ? '–' : ms(s.convertMs),
  ];
  return {
    data: { cpuSlowdown: CPU_SLOWDOWN, runs, client: { url: pages.client, median: a, loads: client }, prebuilt: { url: pages.prebuilt, median: b, loads: prebuilt }, bundles: { t2cn, cn2t } },
    table: {
      title: `4. Script switching: convert in the browser vs prebuilt page (${CPU_SLOWDOWN}× CPU throttling, median of ${runs})`,
      head: ['page', 'url', 'JS raw / gzip', 'JS req', 'Simplified #p7 on screen', 'Traditional #p7 shown first', 'conversion'],
      rows: [
        row('opencc-js t2cn on load', pages.client, a),
        row('prebuilt (this site)', pages.prebuilt, b),
        ['ratio client / prebuilt', '', `${ratio(a.jsRaw, b.jsRaw)} / ${ratio(a.jsGzip, b.jsGzip)}`, '', ratio(a.ms, b.ms), '', ''],
      ],
      notes: [
        'Time from navigation start to the first animation frame in which #p7 holds Simplified text.',
        '"conversion" = main-thread time of Converter() + HTMLConverter().convert() on the whole document.',
        `opencc-js bundles (UMD), raw / gzip: t2cn ${kB(t2cn.raw)} / ${kB(t2cn.gzip)}; cn2t (Simplified→Traditional) ${kB(cn2t.raw)} / ${kB(cn2t.gzip)} = ${ratio(cn2t.gzip, t2cn.gzip)} t2cn.`,
      ],
    },
  };
}
