/**
 * Section `search-scale`: the first search on an archive-sized site, in bytes on the wire and in
 * exactness. The site holds the real articles of `../shared/corpus/cnews-news.jsonl` when that file is
 * there (those with a lost character, `?`, left out as the build would refuse them), generated articles
 * (tests/support/generated-corpus.ts) to make up the count, and the seed. Each query is searched through
 * `/zh-hans/search/?q=…` in a fresh browser context; everything fetched after the page itself counts,
 * text gzip-compressed and the index's gzip shards as they are. The count shown is compared with the number
 * of articles whose Simplified text holds the query. Runs in Node.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { kB, ms, type Table } from './format.ts';
import { installProbe, timeQuery } from './search.ts';
import { build } from './site.ts';
import { serve, settle, type Served } from '../tests/support/static-server.ts';
import { generateArticles } from '../tests/support/generated-corpus.ts';
import { simplifiedText, slug as seedSlug } from '../tests/support/seed.ts';
import { convertText } from '../src/lib/conversion/convert.ts';
import { variantByLang, variantBySegment } from '../src/lib/variants/variants.ts';
import { sectionIds, sections } from '../src/lib/sections/sections.ts';

const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus/cnews-news.jsonl');

/** The queries searched: the three, and others of one to four characters. */
export const SCALE_QUERIES = ['房价', '社会工作', '中国经济', '股', '发展', '北京时间'];

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
  await copyFile(
    path.resolve(import.meta.dirname, `../content/articles/${seedSlug}.md`),
    path.join(folder, `${seedSlug}.md`),
  );
  articles.push({ slug: seedSlug, markdown: '', hans: simplifiedText });
  return { articles, real: real.length };
}

/** What the first search fetched, by kind of file. */
function byKind(log: readonly Served[]): Record<string, { files: number; bytes: number }> {
  const kinds: Record<string, { files: number; bytes: number }> = {};
  for (const entry of log) {
    // A file under an index version's folder, by kind; everything else (code, entry, folding table) is fixed.
    const part = /\/search-index\/[^/]+\/[^/]+\/(shards|records|sections)/.exec(entry.path)?.[1];
    const kind = part === 'shards' ? 'index' : (part ?? 'fixed');
    kinds[kind] ??= { files: 0, bytes: 0 };
    kinds[kind].files++;
    kinds[kind].bytes += entry.gzip;
  }
  return kinds;
}

/** Builds a site of `count` articles in `work`, then searches each query once, cold. */
export async function searchScaleBench(
  browser: Browser,
  root: string,
  work: string,
  count: number,
): Promise<{ data: unknown; table: Table }> {
  const content = path.join(work, `scale-${count}`, 'articles');
  const dist = path.join(work, `scale-${count}`, 'dist');
  const { articles, real } = await writeSite(content, count);
  const server = await serve(dist);
  const built = await build(root, dist, { contentDir: content, siteUrl: server.origin });
  const rows: string[][] = [];
  const data = [];
  try {
    for (const query of SCALE_QUERIES) {
      const truth = articles.filter((a) => a.hans.includes(query)).length;
      const context = await browser.newContext();
      const page = await context.newPage();
      const url = `${server.origin}/zh-hans/search/?q=${encodeURIComponent(query)}`;
      server.take();
      const start = Date.now();
      await page.goto(url);
      await page
        .locator('.search-page__status')
        .filter({ hasText: /找到|没有结果/ })
        .waitFor({ timeout: 60_000 });
      const shownMs = Date.now() - start;
      await settle(server);
      const log = server.take().filter((e) => !e.path.startsWith('/zh-hans/search/'));
      const status = (await page.locator('.search-page__status').textContent()) ?? '';
      const found = Number(/找到\s*(\d+)/.exec(status)?.[1] ?? 0);
      // Warm: the next query typed into the header box of the same page, the search code and table loaded.
      const next = SCALE_QUERIES[(SCALE_QUERIES.indexOf(query) + 1) % SCALE_QUERIES.length]!;
      await page.evaluate(installProbe);
      await page.locator('.site-search__input').fill('');
      await page.focus('.site-search__input');
      const warm = await timeQuery(page, next);
      await context.close();
      const kinds = byKind(log);
      const totalBytes = log.reduce((n, e) => n + e.gzip, 0);
      data.push({ query, truth, found, totalBytes, kinds, shownMs, warm: { query: next, ms: warm.ms } });
      const part = (k: string) => (kinds[k] ? `${kB(kinds[k].bytes)} (${kinds[k].files})` : '–');
      rows.push([
        query,
        `${found} / ${truth}${found === truth ? '' : ' ✗'}`,
        part('fixed'),
        part('index'),
        part('records'),
        part('sections'),
        kB(totalBytes),
        ms(shownMs),
        `${next} ${ms(warm.ms)}`,
      ]);
    }
  } finally {
    await server.close();
  }
  return {
    data: { count, real, build: built, queries: data },
    table: {
      title: `Search at ${count} articles (${real} real, ${count - real} generated, and the seed): first search on /zh-hans/search/`,
      head: [
        'query',
        'found / truth',
        'fixed',
        'index shards',
        'records',
        'sections',
        'total',
        'page → count shown',
        'warm: next query',
      ],
      rows,
      notes: [
        'Bytes on the wire (gzip for text, the index shards as they are), everything after the page itself; (n) = files.',
        'fixed = search code, index entry, folding table. truth = articles whose Simplified text holds',
        'the query. Each query in a fresh context, so each is a cold first search. Warm: the next query typed into the',
        "header box of that page, from the last keystroke to the results' frame (bench/search.ts).",
      ],
    },
  };
}
