/**
 * Byte budgets for what each built page loads before any interaction: its HTML,
 * stylesheets and scripts (gzip), render-blocking requests and web fonts. Runs
 * in Vitest (Node) over dist/, so after a fresh `npm run build`, and over a site
 * of 1,000 generated articles that it builds, since lists and pages must stay
 * small as the archive grows.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, test } from 'vitest';
import { sectionIds } from '../../src/lib/sections/sections.ts';
import { writeArchiveContent } from '../support/archive-site.ts';
import { buildSite } from '../support/build-site.ts';
import { ANY_SEGMENT } from '../support/pages.ts';

/** Byte budgets, gzip-compressed, for what a page loads before any interaction. */
const BUDGET = { html: 10_000, css: 6_000, js: 2_000, articleFrame: 8_000 };
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
  /** The page's HTML, as text and parsed. */
  source: string;
  tree: Root;
  html: number;
  css: Array<[string, number]>;
  js: Array<[string, number]>;
  blocking: string[];
  fonts: string[];
}

/** Every element below a node, in document order. */
function* elementsOf(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elementsOf(child);
  }
}

const textOf = (e: Element) => e.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
const isStylesheet = (e: Element) => e.tagName === 'link' && [e.properties['rel']].flat().includes('stylesheet');
const hrefOf = (e: Element) => String(e.properties['href']);
const srcOf = (e: Element) => (typeof e.properties['src'] === 'string' ? e.properties['src'] : undefined);
const isScript = (e: Element) => e.tagName === 'script';
const isModule = (e: Element) => e.properties['type'] === 'module';

/** What a page of the site built into `site` loads before any interaction. */
function loadOf(page: string, site = 'dist'): Load {
  const fromSite = (url: string) => path.join(site, url.replace(/^\//, ''));
  const html = readFileSync(path.join(site, page), 'utf8');
  const tree = fromHtml(html);
  const elements = [...elementsOf(tree)];
  const inHead = [...elementsOf(elements.find((e) => e.tagName === 'head')!)];
  const stylesheets = elements.filter(isStylesheet).map((e) => fromSite(hrefOf(e)));
  const modules = elements
    .filter((e) => isScript(e) && isModule(e) && srcOf(e))
    .flatMap((e) => [...moduleGraph(fromSite(srcOf(e)!))]);
  const inline = elements
    .filter((e) => isScript(e) && !srcOf(e) && e.properties['type'] !== 'application/ld+json')
    .map(textOf);
  const inlineStyles = elements.filter((e) => e.tagName === 'style').map(textOf);
  const css = [...stylesheets.map((f) => readFileSync(f, 'utf8')), ...inlineStyles];
  const classic = (e: Element) => isScript(e) && !isModule(e) && !e.properties['async'] && !e.properties['defer'];
  return {
    page,
    source: html,
    tree,
    // The whole page, inline styles and scripts included.
    html: gzipped(html),
    css: [
      ...stylesheets.map((f): [string, number] => [f, gzipped(readFileSync(f))]),
      ...inlineStyles.map((code, i): [string, number] => [`inline style ${i + 1}`, gzipped(code)]),
    ],
    js: [
      ...[...new Set(modules)].map((f): [string, number] => [f, gzipped(readFileSync(f))]),
      ...inline.map((code, i): [string, number] => [`inline script ${i + 1}`, gzipped(code)]),
    ],
    // Requests that hold up the first paint: stylesheets, and classic scripts with a src in <head>.
    blocking: [
      ...inHead.filter(isStylesheet).map(hrefOf),
      ...inHead.filter((e) => classic(e) && srcOf(e)).map((e) => srcOf(e)!),
    ],
    fonts: [...css.join('\n').matchAll(/@font-face|url\([^)]*\.(?:woff2?|ttf|otf)/g)].map((m) => m[0]),
  };
}

function report(load: Load): string {
  const sum = (rows: Array<[string, number]>) => rows.reduce((n, [, size]) => n + size, 0);
  const line = (name: string, size: number, budget?: number) => {
    const against = budget ? ` / ${budget} B budget${size > budget ? '  OVER' : ''}` : '';
    return `  ${name.padEnd(72)} ${String(size).padStart(6)} B${against}`;
  };
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

/** Whether a page's load is within the budgets; an article page's own text does not count towards its HTML. */
function withinBudget(load: Load, html = load.html): boolean {
  return (
    html <= BUDGET.html &&
    load.css.reduce((n, [, s]) => n + s, 0) <= BUDGET.css &&
    load.js.reduce((n, [, s]) => n + s, 0) <= BUDGET.js &&
    load.blocking.length <= 1 &&
    load.fonts.length === 0 &&
    // The search engine is not among the files loaded up front.
    !load.js.some(([f]) => /search-ui|engine/.test(f))
  );
}

/** An article page without the article's own text (gzip): what every article costs, however long; undefined on other pages. */
function frameOf(load: Load): number | undefined {
  const body = [...elementsOf(load.tree)].find((e) => [e.properties['className']].flat().includes('article__body'));
  if (!body) return undefined;
  // The parser's positions cut the body's content out of the page as it was served.
  const [first, last] = [body.children[0]?.position, body.children.at(-1)?.position];
  if (!first || !last) return gzipped(load.source);
  return gzipped(load.source.slice(0, first.start.offset) + load.source.slice(last.end.offset));
}

/** Whether a page is within budget: an article page by its frame, any other page by its whole HTML. */
function pageWithinBudget(load: Load): boolean {
  const frame = frameOf(load);
  return frame === undefined ? withinBudget(load) : frame <= BUDGET.articleFrame && withinBudget(load, frame);
}

describe('byte budgets (gzip) for what each page loads before any interaction', () => {
  test.each(PAGES)('%s', (page) => {
    expect(existsSync(path.join('dist', page)), `${page} is built`).toBe(true);
    const load = loadOf(page);
    if (process.env['PRINT_BUDGETS']) console.log(`${report(load)}\n  article frame: ${frameOf(load) ?? '–'} B`);
    expect(pageWithinBudget(load), `${report(load)}\n  article frame: ${frameOf(load) ?? '–'} B`).toBe(true);
  });
});

describe('byte budgets with 香港繁體 on (SITE_VARIANTS=zh-hant,zh-hans,zh-hk): a third alternate link and switch entry', () => {
  const dist = path.join(mkdtempSync(path.join(tmpdir(), 'budget-three-')), 'dist');
  const pages = [
    ...PAGES,
    'zh-hk/index.html',
    'zh-hk/yancheng-social-work-conference/index.html',
    'zh-hk/search/index.html',
  ];

  beforeAll(async () => {
    const { status, output } = await buildSite({ outDir: dist, env: { SITE_VARIANTS: 'zh-hant,zh-hans,zh-hk' } });
    expect(status, output).toBe(0);
  }, 300_000);

  test.each(pages)('%s', (page) => {
    const load = loadOf(page, dist);
    if (process.env['PRINT_BUDGETS']) console.log(`${report(load)}\n  article frame: ${frameOf(load) ?? '–'} B`);
    expect(pageWithinBudget(load), `${report(load)}\n  article frame: ${frameOf(load) ?? '–'} B`).toBe(true);
  });
});

describe('byte budgets on a site of 1,000 articles', () => {
  const site = mkdtempSync(path.join(tmpdir(), 'budget-site-'));
  const dist = path.join(site, 'dist');
  const pages: string[] = [];

  beforeAll(async () => {
    await writeArchiveContent(path.join(site, 'articles'), 1000);
    const { status, output } = await buildSite({ outDir: dist, contentDir: path.join(site, 'articles') });
    expect(status, output).toBe(0);
    pages.push(
      ...readdirSync(dist, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('index.html'))
        .map((f) => f.split(path.sep).join('/')),
    );
  }, 900_000);

  const lists = new RegExp(
    `^${ANY_SEGMENT}/((${sectionIds.join('|')})/)?(index\\.html|page/)|^${ANY_SEGMENT}/archive/`,
  );
  const isList = (page: string) => lists.test(page);
  const isArticle = (page: string) =>
    new RegExp(`^${ANY_SEGMENT}/(gen-\\d+|yancheng-[a-z-]+)/index\\.html$`).test(page);

  test('every list page: front pages, sections, months and the archive index', () => {
    const lists = pages.filter(isList);
    // Both variants: 51 front pages, 11 sections, about a year of months.
    expect(lists.length).toBeGreaterThan(150);
    const loads = lists.map((page) => loadOf(page, dist));
    const largest = loads.reduce((a, b) => (b.html > a.html ? b : a));
    if (process.env['PRINT_BUDGETS']) console.log(report(largest));
    expect(loads.filter((load) => !withinBudget(load)).map(report)).toEqual([]);
  });

  test('every article page: its frame, without the article’s own text', () => {
    const articles = pages.filter(isArticle);
    expect(articles).toHaveLength(2002);
    const frames = articles.map((page) => {
      const load = loadOf(page, dist);
      return { load, frame: frameOf(load)!, within: pageWithinBudget(load) };
    });
    const largest = frames.reduce((a, b) => (b.frame > a.frame ? b : a));
    if (process.env['PRINT_BUDGETS']) console.log(`largest frame ${largest.frame} B: ${largest.load.page}`);
    const over = frames.filter(({ within }) => !within);
    expect(over.map(({ load, frame }) => `${report(load)}\n  frame ${frame} B / ${BUDGET.articleFrame} B`)).toEqual([]);
  });
});
