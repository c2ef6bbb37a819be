/**
 * The search index end to end, in Node: pages of generated articles in both
 * scripts are indexed by Pagefind as a build indexes them, then searched with
 * the browser's engine and the bundle's own pagefind.js (its files read from
 * disk). Counts are checked against a ground truth computed from the articles'
 * own texts.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { search } from '../../src/components/search/engine.ts';
import { convertText } from '../../src/lib/conversion/convert.ts';
import { buildFolding } from '../../src/lib/search/folding.ts';
import {
  chunkSize,
  holding,
  INDEX_CHUNK_SIZE,
  indexSite,
  partRanges,
  removeOtherIndexes,
} from '../../src/lib/search/index-site.node.ts';
import { PAGEFIND_WASM, type IndexParts } from '../../src/lib/search/bundle.ts';
import type { Folding } from '../../src/lib/search/query.ts';
import { sectionIds } from '../../src/lib/sections/sections.ts';
import { variantByLang, variantBySegment, variants } from '../../src/lib/variants/variants.ts';
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
/** Pages in a part of the test site's index at each level: 80 articles in two parts of 30 and the newest 20. */
const PARTS_OF = [30];

/** An article's page as the build writes it, as far as the indexer reads it. */
async function writePage(
  root: string,
  segment: string,
  a: { slug: string; date: string; section: string },
  title: string,
  paragraphs: readonly string[],
) {
  const html =
    `<html lang="${variantBySegment(segment).lang}"><meta property="article:section" content="${a.section}"><article data-search-body data-search-date="${a.date}"><h1>${title}</h1>` +
    paragraphs.map((p, n) => `<p id="p${n + 1}">${p}</p>`).join('') +
    '</article></html>';
  await mkdir(path.join(root, segment, a.slug), { recursive: true });
  await writeFile(path.join(root, segment, a.slug, 'index.html'), html);
}

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
      await writePage(site, v.segment, a, title!, paragraphs);
    }
    await writeFile(path.join(site, v.segment, 'search-folding.json'), JSON.stringify(foldings.get(v.segment)));
  }
  // In parts of 30 pages, as a large archive's index is in parts, so that every search merges three.
  await indexSite(site, { base: '/', levels: PARTS_OF });
  // The engine and Pagefind fetch from the site's origin; here, from the folder.
  vi.stubGlobal('location', pathToFileURL(site + '/'));
  vi.stubGlobal('fetch', async (url: URL | string) => {
    const file = new URL(url, pathToFileURL(site + '/'));
    file.search = ''; // Pagefind asks for its entry with ?ts=…
    return readFile(file).then(
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
  index: pathToFileURL(path.join(site, 'search-index', segment, '0', 'pagefind.js')).href,
  folding: pathToFileURL(path.join(site, segment, 'search-folding.json')).href,
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
    // Every result, in order: Pagefind lists them as the indexer gave them, newest first, with no sort data.
    const results = await search('发展', sources('zh-hans'));
    expect(results.total).toBeGreaterThan(20);
    const hits = await results.hits(results.total);
    const days = hits.map((hit) => articles.find((a) => hit.url.startsWith(`/zh-hans/${a.slug}/`))!.date);
    expect(days).toEqual([...days].sort().reverse());
    for (const hit of hits) expect(hit.excerptHtml + hit.titleHtml).toContain('<mark>发展</mark>');
    expect((await search('发展发展发展', sources('zh-hans'))).total).toBe(0);
  });

  test('within a day, a headline holding the query comes before a passing mention, across parts', async () => {
    const hans = texts.get('zh-hans')!;
    const holding = (query: string) => articles.filter((_, i) => hans[i]!.some((line) => line.includes(query)));
    // A query from a headline that another article of the same day mentions only in its text.
    const mixed = (query: string) => {
      const days = new Map<string, Set<boolean>>();
      for (const a of holding(query)) {
        const inTitle = hans[articles.indexOf(a)]![0]!.includes(query);
        days.set(a.date, (days.get(a.date) ?? new Set()).add(inTitle));
      }
      return [...days.values()].filter((kinds) => kinds.size === 2).length;
    };
    const query = hans
      .flatMap((lines) => [lines[0]!.slice(0, 1), lines[0]!.slice(0, 2)])
      .sort((a, b) => mixed(b) - mixed(a))[0]!;
    expect(mixed(query), query).toBeGreaterThan(0);
    const results = await search(query, sources('zh-hans'));
    const hits = await results.hits(results.total);
    const shown = hits.map((hit) => {
      const i = articles.findIndex((a) => hit.url.startsWith(`/zh-hans/${a.slug}/`));
      return [articles[i]!.date, hans[i]![0]!.includes(query)] as const;
    });
    expect(shown).toEqual([...shown].sort((a, b) => b[0].localeCompare(a[0]) || Number(b[1]) - Number(a[1])));
    // Any first few are the first few of the whole order, wherever the last one's day is cut.
    for (let count = 1; count < hits.length; count++) {
      const first = (await results.hits(count)).map((hit) => hit.url);
      expect(first, `${count}`).toEqual(hits.slice(0, count).map((hit) => hit.url));
    }
  });

  test('each section’s count, and a search in one section, are exact', async () => {
    const holding = articles.filter((_, i) => texts.get('zh-hans')![i]!.some((line) => line.includes('发展')));
    const counts = await (await search('发展', sources('zh-hans'))).sectionCounts(sectionIds);
    for (const section of sectionIds) {
      const truth = holding.filter((a) => a.section === section).length;
      expect(counts.get(section), section).toBe(truth);
      expect((await search('发展', sources('zh-hans'), section)).total, section).toBe(truth);
    }
  });
});

describe('indexing one variant, as the build does in a process a variant', () => {
  test('gives the same bundle as indexing every variant, and leaves the other variant alone', async () => {
    const alone = await mkdtemp(path.join(os.tmpdir(), 'search-index-one-'));
    try {
      await cp(path.join(site, 'zh-hans'), path.join(alone, 'zh-hans'), { recursive: true });
      expect(await indexSite(alone, { base: '/', segments: ['zh-hans'], levels: PARTS_OF })).toEqual([
        { articles: articles.length, read: articles.length, parts: 3, written: 3 },
      ]);
      const bundle = async (root: string) => {
        const folder = path.join(root, 'search-index', 'zh-hans');
        const names = (await readdir(folder, { recursive: true })).sort();
        return Promise.all(names.map(async (name) => [name, (await stat(path.join(folder, name))).size]));
      };
      expect(await bundle(alone)).toEqual(await bundle(site));
      expect(await readdir(path.join(alone, 'search-index'))).toEqual(['zh-hans']);
    } finally {
      await rm(alone, { recursive: true, force: true });
    }
  });

  test('parts anchored at the oldest article: Pagefind writes only what the site serves, its index in chunks of the size set', async () => {
    const folder = path.join(site, 'search-index', 'zh-hans');
    const parts = partRanges(articles.length, PARTS_OF).length;
    expect(parts).toBe(3);
    expect(JSON.parse(await readFile(path.join(folder, 'parts.json'), 'utf8'))).toEqual({ parts });
    expect((await readdir(folder)).sort()).toEqual(['0', '1', '2', 'parts.json']);
    for (const part of ['0', '1', '2']) {
      const names = await readdir(path.join(folder, part));
      // Pagefind's script and WebAssembly once, in the first part; no interfaces, no worker.
      const own = part === '0' ? ['pagefind.js', PAGEFIND_WASM] : [];
      const meta = names.filter((n) => n.endsWith('.pf_meta'));
      expect(meta).toHaveLength(1);
      expect(names.sort()).toEqual(['filter', 'fragment', 'index', 'pagefind-entry.json', ...meta, ...own].sort());
    }
    // Each part holds older articles than the next: full parts never change when a newer article comes.
    const days = async (part: string) => {
      const files = await readdir(path.join(folder, part, 'fragment'));
      return Promise.all(
        files.map(async (file) => {
          // A fragment is gzip JSON after Pagefind's 12-byte signature.
          const json = gunzipSync(await readFile(path.join(folder, part, 'fragment', file))).subarray(12);
          return (JSON.parse(json.toString('utf8')) as { meta: { day: string } }).meta.day;
        }),
      );
    };
    const [oldest, middle, newest] = await Promise.all(['0', '1', '2'].map(days));
    expect([oldest!.length, middle!.length, newest!.length]).toEqual([30, 30, articles.length - 60]);
    expect(oldest!.sort().at(-1)! <= middle!.sort()[0]!).toBe(true);
    expect(middle!.sort().at(-1)! <= newest!.sort()[0]!).toBe(true);
    // Every unit of the text is a word position: at chunkSize positions a chunk (500 in parts this small), the
    // index is cut into many chunks; at Pagefind's default of 20,000 it would be one or two a part.
    const positions = texts.get('zh-hans')!.flat().join('').length;
    let chunks = 0;
    for (const part of ['0', '1', '2']) chunks += (await readdir(path.join(folder, part, 'index'))).length;
    expect(chunkSize(30)).toBe(500);
    expect(positions / chunkSize(30)).toBeGreaterThan(60);
    expect(chunks).toBeGreaterThanOrEqual(positions / chunkSize(30) / 2);
    // A large part takes larger chunks, up to INDEX_CHUNK_SIZE.
    expect([100, 300, 500, 5000].map(chunkSize)).toEqual([500, 900, 1500, INDEX_CHUNK_SIZE]);
  });

  test('an unknown variant is refused by name before anything is written', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'search-index-none-'));
    try {
      await expect(indexSite(empty, { base: '/', segments: ['zh-hans', 'zh-xx'] })).rejects.toThrow(
        'Unknown script variant "zh-xx"',
      );
      expect(await readdir(empty)).toEqual([]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

test("a variant turned off loses its index folder; the site's variants keep theirs", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'search-index-off-'));
  try {
    const folders = [...variants.map((v) => v.segment), 'zh-mo'];
    for (const name of folders) await mkdir(path.join(root, 'search-index', name, '0'), { recursive: true });
    expect(await removeOtherIndexes(root)).toEqual(['zh-mo']);
    expect((await readdir(path.join(root, 'search-index'))).sort()).toEqual(variants.map((v) => v.segment).sort());
    // A site never indexed has nothing to remove.
    expect(await removeOtherIndexes(path.join(root, 'none'))).toEqual([]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

describe('a rebuild indexes only the parts whose pages changed', () => {
  test('parts: full ones of each level from the oldest, then the newest few; a full part keeps its pages', () => {
    expect(partRanges(0, [5000, 500])).toEqual([[0, 0]]);
    expect(partRanges(499, [5000, 500])).toEqual([[0, 499]]);
    expect(partRanges(12_345, [5000, 500])).toEqual([
      [0, 5000],
      [5000, 10_000],
      [10_000, 10_500],
      [10_500, 11_000],
      [11_000, 11_500],
      [11_500, 12_000],
      [12_000, 12_345],
    ]);
    // Ten parts of 500 become one of 5,000 when the tenth fills.
    expect(partRanges(9_999, [5000, 500]).length).toBe(1 + 9 + 1);
    expect(partRanges(10_000, [5000, 500])).toEqual([
      [0, 5000],
      [5000, 10_000],
    ]);
    for (let count = 500; count < 3_000; count += 37) {
      const full = partRanges(count, [5000, 500]).filter(([start, end]) => end - start === 500);
      expect(partRanges(count + 1, [5000, 500]).slice(0, full.length), String(count)).toEqual(full);
    }
  });

  test('two processes never write a large part at once: the lock makes the second wait', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'search-index-lock-'));
    const lock = path.join(root, 'large-part.lock');
    const events: string[] = [];
    const work = (name: string) => async () => {
      events.push(`${name} starts`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      events.push(`${name} ends`);
    };
    try {
      await Promise.all([holding(lock, work('a')), holding(lock, work('b'))]);
      // One after the other, whichever took the lock first.
      const [first, second] = [events[0]!.split(' ')[0], events[2]!.split(' ')[0]];
      expect(events).toEqual([`${first} starts`, `${first} ends`, `${second} starts`, `${second} ends`]);
      expect(new Set([first, second])).toEqual(new Set(['a', 'b']));
      expect(await readdir(root)).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  test('adding an article, or correcting an old one, writes only the newest part; search finds both, in order', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'search-index-rebuild-'));
    const cache = path.join(root, 'cache');
    const built = path.join(root, 'dist');
    try {
      // The indexer reads a page again only when its time or size changed (the build writes only the pages it
      // renders).
      await cp(path.join(site, 'zh-hans'), path.join(built, 'zh-hans'), { recursive: true });
      const index = () => indexSite(built, { base: '/', segments: ['zh-hans'], levels: [30], cache });
      const files = async () => {
        const folder = path.join(built, 'search-index', 'zh-hans');
        const names = (await readdir(folder, { recursive: true })).sort();
        return new Map(
          await Promise.all(
            names.map(async (name) => [name, await readFile(path.join(folder, name)).catch(() => '')] as const),
          ),
        );
      };
      expect(await index()).toEqual([{ articles: 80, read: 80, parts: 3, written: 3 }]);
      const before = await files();
      expect(await index()).toEqual([{ articles: 80, read: 0, parts: 3, written: 0 }]);
      expect(await files()).toEqual(before);

      // A new article, the newest: only the last part is written again.
      const added = { slug: 'just-added', date: '2099-01-01', section: 'politics' };
      await writePage(built, 'zh-hans', added, '新增的头条报道', ['今天凌晨发生的独一无二事件。']);

      expect(await index()).toEqual([{ articles: 81, read: 1, parts: 3, written: 1 }]);
      const after = await files();
      const changed = [...after.keys()].filter((name) => String(after.get(name)) !== String(before.get(name)));
      expect(changed.length).toBeGreaterThan(0);
      expect(changed.filter((name) => !/^(2\/|parts\.json)/.test(name))).toEqual([]);

      // An old article corrected: its part (the oldest) is kept; its new text goes into the newest part, which
      // alone is written again, and parts.json names the stale page and the newer copy.
      const oldest = [...articles].sort((a, b) => a.date.localeCompare(b.date) || (a.slug < b.slug ? -1 : 1))[0]!;
      const beforeEdit = await files();
      await writePage(built, 'zh-hans', oldest, '更正后的旧报道标题', ['这段文字是更正后加入的，关于发展。']);

      expect(await index()).toEqual([{ articles: 81, read: 1, parts: 3, written: 1 }]);
      const afterEdit = await files();
      const rewritten = [...afterEdit.keys()].filter(
        (name) => String(afterEdit.get(name)) !== String(beforeEdit.get(name)),
      );
      expect(rewritten.filter((name) => !/^(2\/|parts\.json)/.test(name))).toEqual([]);
      const parts = JSON.parse(String(afterEdit.get('parts.json'))) as IndexParts;
      expect(parts.superseded).toHaveLength(1);
      expect(parts.superseded![0]).toMatch(/^0:/);
      expect(Object.values(parts.patched!)).toEqual([oldest.date]);

      const find = (query: string) =>
        search(query, {
          index: pathToFileURL(path.join(built, 'search-index', 'zh-hans', '0', 'pagefind.js')).href,
          folding: pathToFileURL(path.join(built, 'zh-hans', 'search-folding.json')).href,
        });
      const [addedHits, editedHits, gone] = await Promise.all(
        ['独一无二事件', '更正后加入', texts.get('zh-hans')![articles.indexOf(oldest)]![1]!.slice(0, 12)].map(find),
      );
      expect((await addedHits.hits(5)).map((hit) => hit.url)).toEqual([
        expect.stringMatching(/^\/zh-hans\/just-added\//),
      ]);
      expect((await editedHits.hits(5)).map((hit) => hit.title)).toEqual(['更正后的旧报道标题']);
      expect((await gone.hits(100)).map((hit) => hit.url)).not.toContainEqual(expect.stringContaining(oldest.slug));

      // The corrected copy takes its place by date among every result, and the count is exact.
      const hans = texts.get('zh-hans')!;
      const holding = articles.filter((a, i) => (a === oldest ? true : hans[i]!.some((line) => line.includes('发展'))));
      const results = await find('发展');
      expect(results.total).toBe(holding.length);
      const all = await results.hits(results.total);
      const days = all.map((hit) => hit.day);
      expect(days).toEqual([...days].sort().reverse());
      expect(all.at(-1)!.title).toBe('更正后的旧报道标题');
      for (let count = 1; count < all.length; count += 7) {
        expect(
          (await results.hits(count)).map((hit) => hit.url),
          String(count),
        ).toEqual(all.slice(0, count).map((hit) => hit.url));
      }

      // Corrected back: nothing is patched any more.
      const [title, ...paragraphs] = hans[articles.indexOf(oldest)]!;
      await writePage(built, 'zh-hans', oldest, title!, paragraphs);
      expect(await index()).toEqual([{ articles: 81, read: 1, parts: 3, written: 1 }]);
      expect(JSON.parse(String((await files()).get('parts.json')))).not.toHaveProperty('superseded');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 60_000);
});
