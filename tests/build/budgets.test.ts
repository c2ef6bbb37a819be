import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

/** Byte budgets, gzip-compressed, for what a page loads before any interaction. */
const BUDGET = { html: 10_000, css: 6_000, js: 2_000 };
const PAGES = [
  'index.html',
  'zh-hant/index.html',
  'zh-hans/index.html',
  'zh-hant/yancheng-social-work-conference/index.html',
  'zh-hans/yancheng-social-work-conference/index.html',
  'zh-hant/search/index.html',
  'zh-hans/search/index.html',
];

const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const fromSite = (url: string) => path.join('dist', url.replace(/^\//, ''));

/** A module script and every module it imports statically, each once. */
function moduleGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+)["'`]/g)) {
    moduleGraph(path.join(path.dirname(file), specifier!), seen);
  }
  return seen;
}

interface Load {
  page: string;
  html: number;
  css: Array<[string, number]>;
  js: Array<[string, number]>;
  blocking: string[];
  fonts: string[];
}

function loadOf(page: string): Load {
  const html = readFileSync(path.join('dist', page), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => fromSite(m[1]!));
  const modules = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].flatMap((m) => [...moduleGraph(fromSite(m[1]!))]);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const css = [...stylesheets.map((f) => readFileSync(f, 'utf8')), ...inlineStyles];
  return {
    page,
    // The whole page, inline styles and scripts included.
    html: gzipped(html),
    css: [...stylesheets.map((f): [string, number] => [f, gzipped(readFileSync(f))]), ...inlineStyles.map((code, i): [string, number] => [`inline style ${i + 1}`, gzipped(code)])],
    js: [...[...new Set(modules)].map((f): [string, number] => [f, gzipped(readFileSync(f))]), ...inline.map((code, i): [string, number] => [`inline script ${i + 1}`, gzipped(code)])],
    // Requests that hold up the first paint: stylesheets, and classic scripts with a src in <head>.
    blocking: [
      ...[...head.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!),
      ...[...head.matchAll(/<script(?![^>]*type="module")(?![^>]*\b(?:async|defer)\b)[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ],
    fonts: [...css.join('\n').matchAll(/@font-face|url\([^)]*\.(?:woff2?|ttf|otf)/g)].map((m) => m[0]),
  };
}

function report(load: Load): string {
  const sum = (rows: Array<[string, number]>) => rows.reduce((n, [, size]) => n + size, 0);
  const line = (name: string, size: number, budget?: number) =>
    `  ${name.padEnd(72)} ${String(size).padStart(6)} B${budget ? ` / ${budget} B budget${size > budget ? '  OVER' : ''}` : ''}`;
  return [
    load.page,
    line('HTML', load.html, BUDGET.html),
    ...load.css.map(([f, n]) => line(f, n)),
    line('CSS in all', sum(load.css), BUDGET.css),
    ...load.js.map(([f, n]) => line(f, n)),
    line('JavaScript in all', sum(load.js), BUDGET.js),
    `  render-blocking requests: ${load.blocking.join(', ') || 'none'}`,
    `  web fonts: ${load.fonts.join(', ') || 'none'}`,
  ].join('\n');
}

describe('byte budgets (gzip) for what each page loads before any interaction', () => {
  test.each(PAGES)('%s', (page) => {
    expect(existsSync(path.join('dist', page)), `${page} is built`).toBe(true);
    const load = loadOf(page);
    const table = report(load);
    const within =
      load.html <= BUDGET.html &&
      load.css.reduce((n, [, s]) => n + s, 0) <= BUDGET.css &&
      load.js.reduce((n, [, s]) => n + s, 0) <= BUDGET.js &&
      load.blocking.length <= 1 &&
      load.fonts.length === 0;
    if (process.env["PRINT_BUDGETS"]) console.log(table);
    expect(within, table).toBe(true);
    // The search engine is not among the files loaded up front.
    expect(load.js.map(([f]) => f).join(' ')).not.toMatch(/search-ui|pagefind/);
  });
});
