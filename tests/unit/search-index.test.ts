/**
 * The search index end to end, in Node: pages of generated articles in both
 * scripts are indexed as a build indexes them, then searched with the
 * browser's engine (its files read from disk). Counts are checked against a
 * ground truth computed from the articles' own texts.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { search } from '../../src/components/search/engine.ts';
import { convertText } from '../../src/lib/conversion/convert.ts';
import { buildFolding } from '../../src/lib/search/folding.ts';
import { indexSite } from '../../src/lib/search/index-site.node.ts';
import type { Folding } from '../../src/lib/search/query.ts';
import { sectionIds } from '../../src/lib/sections/sections.ts';
import { variantByLang, variants } from '../../src/lib/variants/variants.ts';
import { generateArticles, mulberry32 } from '../support/generated-corpus.ts';

const articles = generateArticles({ count: 80, sections: sectionIds, seed: 5 });
/** Each article's headline and paragraphs, by variant segment. */
const texts = new Map(
  variants.map((v) => [
    v.segment,
    articles.map((a) => convertText([a.title, ...a.paragraphs].join('\n'), variantByLang(a.script), v).split('\n')),
  ]),
);
const foldings = new Map<string, Folding>();
let site: string;

beforeAll(async () => {
  site = await mkdtemp(path.join(os.tmpdir(), 'search-index-'));
  const passages = articles.flatMap((_, i) =>
    texts
      .get(variants[0]!.segment)!
      [i]!.map((_, j) => Object.fromEntries(variants.map((v) => [v.segment, texts.get(v.segment)![i]![j]!]))),
  );
  for (const v of variants) {
    foldings.set(v.segment, buildFolding(passages, v.segment));
    for (const [i, a] of articles.entries()) {
      const [title, ...paragraphs] = texts.get(v.segment)![i]!;
      const html =
        `<html lang="${v.lang}"><article data-search-body data-search-date="${a.date}"><h1>${title}</h1>` +
        paragraphs.map((p, n) => `<p id="p${n + 1}">${p}</p>`).join('') +
        '</article></html>';
      await mkdir(path.join(site, v.segment, a.slug), { recursive: true });
      await writeFile(path.join(site, v.segment, a.slug, 'index.html'), html);
    }
  }
  await indexSite(site, '/');
  // The engine fetches from the site's origin; here, from the folder.
  vi.stubGlobal('location', new URL('http://site.test/'));
  vi.stubGlobal('fetch', async (url: URL | string) => {
    const { pathname } = new URL(url, location.href);
    const folding = /^\/(.+)\/search-folding\.json$/.exec(pathname)?.[1];
    if (folding) return Response.json(foldings.get(folding));
    return readFile(path.join(site, pathname)).then(
      (body) => new Response(body),
      () => new Response('', { status: 404 }),
    );
  });
}, 60_000);

afterAll(async () => {
  vi.unstubAllGlobals();
  await rm(site, { recursive: true, force: true });
});

const sources = (segment: string) => ({
  index: `/search-index/${segment}.json`,
  folding: `/${segment}/search-folding.json`,
});

/**
 * Passages of 1 to 30 characters from the articles (Simplified), drawn at random: a slice of a headline or
 * paragraph, of Han characters and punctuation only (a slice through a Latin word would not be a whole word).
 */
function passages(count: number, seed: number): string[] {
  const random = mulberry32(seed);
  const hans = texts.get('zh-hans')!;
  const drawn: string[] = [];
  while (drawn.length < count) {
    const lines = hans[Math.floor(random() * hans.length)]!;
    const line = lines[Math.floor(random() * lines.length)]!;
    const length = 1 + (drawn.length % 30);
    const start = Math.floor(random() * Math.max(1, line.length - length));
    const passage = line.slice(start, start + length);
    if (/^[\p{Script=Han}\p{P}]+$/u.test(passage) && /\p{Script=Han}/u.test(passage)) drawn.push(passage);
  }
  return drawn;
}

describe('the index, searched as the browser searches it', () => {
  test.each(variants.map((v) => v.segment))(
    'on %s pages, the count is the number of articles holding the passage, typed in either script',
    async (segment) => {
      for (const [n, hans] of passages(60, 11).entries()) {
        // Half the queries typed in Simplified, half in the page's own script.
        const typedIn = n % 2 ? 'zh-hans' : segment;
        const query =
          typedIn === 'zh-hans' ? hans : convertText(hans, variantByLang('zh-Hans'), variantByLang('zh-Hant'));
        const truth = texts.get(typedIn)!.filter((lines) => lines.some((line) => line.includes(query))).length;
        const results = await search(query, sources(segment));
        expect(results.total, `${segment}: ${query}`).toBe(truth);
      }
    },
    60_000,
  );

  test('results come newest first, each with its passage marked, and a passage that is nowhere finds nothing', async () => {
    const results = await search('发展', sources('zh-hans'));
    const hits = await results.hits(10);
    const days = hits.map((hit) => articles.find((a) => hit.url.startsWith(`/zh-hans/${a.slug}/`))!.date);
    expect(days).toEqual([...days].sort().reverse());
    for (const hit of hits) expect(hit.excerptHtml).toContain('<mark>发展</mark>');
    expect((await search('发展发展发展', sources('zh-hans'))).total).toBe(0);
  });
});

describe('indexing one variant, as the build does in a process a variant', () => {
  test('gives the same index as indexing every variant, and leaves the other variant alone', async () => {
    const alone = await mkdtemp(path.join(os.tmpdir(), 'search-index-one-'));
    try {
      await cp(path.join(site, 'zh-hans'), path.join(alone, 'zh-hans'), { recursive: true });
      expect(await indexSite(alone, '/', ['zh-hans'])).toBe(articles.length);
      const entry = (root: string) => readFile(path.join(root, 'search-index', 'zh-hans.json'), 'utf8');
      expect(await entry(alone)).toBe(await entry(site));
      expect(await readdir(path.join(alone, 'search-index'))).toEqual(['zh-hans', 'zh-hans.json']);
    } finally {
      await rm(alone, { recursive: true, force: true });
    }
  });

  test('an unknown variant is refused by name before anything is written', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'search-index-none-'));
    try {
      await expect(indexSite(empty, '/', ['zh-hans', 'zh-xx'])).rejects.toThrow('Unknown script variant "zh-xx"');
      expect(await readdir(empty)).toEqual([]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
