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
import { settle, total, type SiteServer } from '../tests/support/static-server.ts';

export const CPU_SLOWDOWN = 4;

/** Network profiles: this machine's loopback, and Lighthouse's mobile "slow 4G" (150 ms, 1.6 Mbit/s down). */
const NETWORKS = [
  { name: 'loopback', conditions: null },
  {
    name: 'slow 4G',
    conditions: {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    },
  },
] as const;
type Network = (typeof NETWORKS)[number];
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
  const page = html
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '')
    .replace('</body>', `${scripts}</body>`);
  await writeFile(path.join(folder, 'index.html'), page);
  return `/${CLIENT_DIR}/`;
}

interface Probe {
  /** Animation frame in which #p7 first held text other than the Traditional. */
  converted: number;
  /** When #p7 was first painted (Element Timing), whatever its script. */
  painted: number;
}
type WithProbe = { __bench: Probe };

/**
 * Runs in the page before its scripts. Frames can run before the first paint
 * (render-blocking CSS), so a paint time from Element Timing is needed as well:
 * the observer tags #p7 as the parser inserts it, before it can be painted.
 */
function probe(traditional: string): void {
  const found: Probe = { converted: 0, painted: 0 };
  (window as unknown as WithProbe).__bench = found;
  new MutationObserver((_, observer) => {
    const p7 = document.getElementById('p7');
    if (!p7) return;
    p7.setAttribute('elementtiming', 'p7');
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]) {
      if (entry.identifier === 'p7') found.painted ||= entry.renderTime || entry.startTime;
    }
  }).observe({ type: 'element', buffered: true });
  const check = () => {
    const text = document.getElementById('p7')?.textContent;
    if (text && text !== traditional) return void (found.converted = performance.now());
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

interface Load {
  /** Simplified #p7 on screen: its first paint if converted by then, else the frame after conversion. */
  ms: number;
  /** How long #p7 was on screen in Traditional before it changed (0 = never). */
  traditionalMs: number;
  fcpMs: number | null;
  convertMs: number | null;
  jsRaw: number;
  jsGzip: number;
  jsRequests: number;
}

async function load(
  browser: Browser,
  server: SiteServer,
  url: string,
  traditional: string,
  network: Network,
): Promise<Load> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (network.conditions) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network.conditions);
  }
  await page.addInitScript(probe, traditional);
  server.take();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => ((p) => p.converted > 0 && p.painted > 0)((window as unknown as WithProbe).__bench),
    undefined,
    { timeout: 60_000 },
  );
  const result = await page.evaluate(() => {
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
    const start = mark('opencc-start');
    const end = mark('opencc-end');
    return {
      ...(window as unknown as WithProbe).__bench,
      fcpMs: mark('first-contentful-paint') ?? null,
      convertMs: start !== undefined && end !== undefined ? end - start : null,
    };
  });
  await settle(server);
  const js = total(server.take().filter((s) => s.type.includes('javascript')));
  await context.close();
  const late = result.converted > result.painted;
  return {
    ms: late ? result.converted : result.painted,
    traditionalMs: late ? result.converted - result.painted : 0,
    fcpMs: result.fcpMs,
    convertMs: result.convertMs,
    jsRaw: js.raw,
    jsGzip: js.gzip,
    jsRequests: js.requests,
  };
}

async function bundleSize(projectRoot: string, name: string) {
  const body = await readFile(path.join(projectRoot, 'node_modules/opencc-js/dist/umd', name));
  return { raw: body.length, gzip: gzipSync(body).length };
}

/** Section 4: medians of `runs` alternating loads of both pages. */
export async function switchingBench(
  browser: Browser,
  server: SiteServer,
  projectRoot: string,
  pages: { client: string; prebuilt: string; traditional: string },
  runs: number,
): Promise<{ data: unknown; table: Table }> {
  // The Traditional text of #p7, read unthrottled from the Traditional page.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.origin + pages.traditional);
  const traditional = (await page.textContent('#p7'))!;
  await context.close();

  const measured = [];
  for (const network of NETWORKS) {
    const client: Load[] = [];
    const prebuilt: Load[] = [];
    for (let i = 0; i < runs; i++) {
      client.push(await load(browser, server, server.origin + pages.client, traditional, network));
      prebuilt.push(await load(browser, server, server.origin + pages.prebuilt, traditional, network));
    }
    measured.push({ network: network.name, client, prebuilt });
  }
  const summary = (loads: Load[]) => {
    const known = (values: (number | null)[]) => values.filter((t): t is number => t !== null);
    const fcp = known(loads.map((l) => l.fcpMs));
    const convert = known(loads.map((l) => l.convertMs));
    const shown = loads.map((l) => l.traditionalMs).filter((t) => t > 0);
    return {
      ms: median(loads.map((l) => l.ms)),
      // Over the runs in which Traditional text was painted at all.
      traditionalMs: shown.length ? median(shown) : 0,
      traditionalRuns: shown.length,
      fcpMs: fcp.length ? median(fcp) : null,
      convertMs: convert.length ? median(convert) : null,
      jsRaw: median(loads.map((l) => l.jsRaw)),
      jsGzip: median(loads.map((l) => l.jsGzip)),
      jsRequests: median(loads.map((l) => l.jsRequests)),
    };
  };
  const summaries = measured.map(({ network, client, prebuilt }) => ({
    network,
    client: summary(client),
    prebuilt: summary(prebuilt),
    loads: { client, prebuilt },
  }));
  const t2cn = await bundleSize(projectRoot, 't2cn.js');
  const cn2t = await bundleSize(projectRoot, 'cn2t.js');
  const row = (name: string, s: ReturnType<typeof summary>) => [
    name,
    `${kB(s.jsRaw)} / ${kB(s.jsGzip)}`,
    String(s.jsRequests),
    s.fcpMs === null ? 'n/a' : ms(s.fcpMs),
    ms(s.ms),
    s.traditionalRuns ? `${ms(s.traditionalMs)} (${s.traditionalRuns}/${runs} runs)` : 'never',
    s.convertMs === null ? '–' : ms(s.convertMs),
  ];
  return {
    data: {
      cpuSlowdown: CPU_SLOWDOWN,
      runs,
      client: pages.client,
      prebuilt: pages.prebuilt,
      networks: summaries,
      bundles: { t2cn, cn2t },
    },
    table: {
      title: `4. Script switching: convert in the browser vs prebuilt page (${CPU_SLOWDOWN}× CPU throttling, median of ${runs})`,
      head: [
        'page',
        'JS raw / gzip',
        'JS req',
        'first paint',
        'Simplified #p7 on screen',
        'Traditional shown first for',
        'conversion',
      ],
      rows: summaries.flatMap(({ network, client: a, prebuilt: b }) => [
        row(`${network}: opencc-js t2cn on load`, a),
        row(`${network}: prebuilt (this site)`, b),
        [
          `${network}: ratio client / prebuilt`,
          `${ratio(a.jsRaw, b.jsRaw)} / ${ratio(a.jsGzip, b.jsGzip)}`,
          '',
          '',
          ratio(a.ms, b.ms),
          '',
          '',
        ],
      ]),
      notes: [
        `client = ${pages.client} (the Traditional article + t2cn.js, converting on load); prebuilt = ${pages.prebuilt}.`,
        "loopback = served from this machine, no network cost; slow 4G = Lighthouse's mobile network (150 ms RTT, 1.6 Mbit/s).",
        'Times from navigation start. Simplified #p7 on screen = its first paint (Element Timing) if already converted, else the',
        'first frame after the conversion; "Traditional shown first for" = how long #p7 was painted in Traditional before that',
        '(median over the runs in which it was).',
        '"conversion" = main-thread time of Converter() + HTMLConverter().convert() on the whole document.',
        `opencc-js bundles (UMD), raw / gzip: t2cn ${kB(t2cn.raw)} / ${kB(t2cn.gzip)}; cn2t (Simplified→Traditional) ${kB(cn2t.raw)} / ${kB(cn2t.gzip)} = ${ratio(cn2t.gzip, t2cn.gzip)} t2cn.`,
      ],
    },
  };
}
