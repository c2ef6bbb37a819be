/**
 * Section 2: Lighthouse scores with its default mobile settings (emulated phone,
 * simulated slow 4G and 4× CPU). Lighthouse drives a Chromium that this module
 * starts itself on a debugging port, since Playwright's launch speaks over a pipe.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './browser.ts';
import type { Table } from './format.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

export interface Scores {
  path: string;
  scores: Record<string, number | null>;
  metrics: Record<string, string>;
  /** Weighted audits that did not pass, by category (performance is shown by its metrics instead). */
  failing: Record<string, string[]>;
  warnings: string[];
}

/** Starts Chromium with a DevTools port; resolves with the port and a function that stops it. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = await mkdtemp(path.join(tmpdir(), 'bench-lh-'));
  const child = spawn(
    chromiumPath,
    [...chromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk;
      const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (found) resolve(Number(found[1]));
    });
    child.on('exit', (code) =>
      reject(new Error(`Chromium exited (${code}) before opening a DevTools port:\n${err.slice(-2000)}`)),
    );
  });
  return {
    port,
    stop: async () => {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill();
      await exited;
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Runs Lighthouse once per page; writes each full report to `reportDir`. */
export async function lighthouseScores(
  origin: string,
  paths: readonly string[],
  reportDir: string,
): Promise<{ data: Scores[]; table: Table }> {
  const chrome = await startChromium();
  const data: Scores[] = [];
  try {
    for (const p of paths) {
      const result = await lighthouse(origin + p, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${p}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      await writeFile(
        path.join(reportDir, `lighthouse${p.replace(/\/+/g, '-').replace(/-$/, '')}.json`),
        result.report as string,
      );
      const scores: Record<string, number | null> = {};
      const failing: Record<string, string[]> = {};
      for (const id of CATEGORIES) {
        const category = lhr.categories[id]!;
        scores[id] = category.score === null ? null : Math.round(category.score * 100);
        if (id === 'performance') continue;
        failing[id] = category.auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id);
      }
      const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? 'n/a']));
      data.push({ path: p, scores, metrics, failing, warnings: lhr.runWarnings });
    }
  } finally {
    await chrome.stop();
  }
  return { data, table: table(data) };
}

function table(data: Scores[]): Table {
  const notes: string[] = [];
  for (const d of data) {
    notes.push(`${d.path}: ${METRICS.map((id) => `${id.replace(/-/g, ' ')} ${d.metrics[id]}`).join(', ')}`);
    const failing = Object.entries(d.failing).filter(([, ids]) => ids.length);
    if (failing.length) notes.push(`  not passing: ${failing.map(([c, ids]) => `${c}: ${ids.join(', ')}`).join('; ')}`);
    for (const w of d.warnings) notes.push(`  warning: ${w}`);
  }
  return {
    title: '2. Lighthouse (mobile defaults: emulated phone, simulated slow 4G, 4× CPU)',
    head: ['page', ...CATEGORIES],
    rows: data.map((d) => [d.path, ...CATEGORIES.map((c) => String(d.scores[c] ?? 'n/a'))]),
    notes,
  };
}

/** The table printed when Lighthouse could not run. */
export function unavailable(reason: string): Table {
  return { title: '2. Lighthouse', head: ['status'], rows: [[`unavailable: ${reason}`]] };
}
