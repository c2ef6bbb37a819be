import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { splitArticle } from '../../src/lib/articles/frontmatter.ts';
import { articlesFolder, readArticles } from '../../src/lib/articles/files.node.ts';
import { convertText } from '../../src/lib/conversion/convert.ts';
import type { Override } from '../../src/lib/conversion/overrides.ts';
import { conversionChoices } from '../../src/lib/review/choices.ts';
import {
  formatOpen,
  formatReview,
  openGroups,
  reviewArticles,
  reviewBlocks,
} from '../../src/lib/review/report.node.ts';
import { reviewSegments } from '../../src/lib/review/segments.ts';
import { variantBySegment } from '../../src/lib/variants/variants.ts';
import { entry, slug } from '../support/seed.ts';

const hant = variantBySegment('zh-hant');
const hans = variantBySegment('zh-hans');
const fixture = splitArticle(readFileSync('tests/fixtures/content/simplified-source.md', 'utf8'));
const body = fixture.body.trim();

describe('an article written in Simplified script', () => {
  test('becomes correct Traditional (Taiwan) text', () => {
    expect(convertText(String(fixture.frontmatter['title']), hans, hant)).toBe('社區幹部談頭髮與發展');
    expect(convertText(body, hans, hant)).toBe(
      '社區幹部在理髮店裡談論頭髮和發展。\n\n皇后的故事後來成了「紅色」話題，大家都說要幹一番事業。',
    );
  });

  test('the review lists each choice with the form chosen and the other candidates', () => {
    const { choices } = conversionChoices(body, hans, hant);
    const at = (source: string, chosen: string) => choices.find((c) => c.source === source && c.chosen === chosen);
    expect(at('干', '幹')?.candidates).toEqual(expect.arrayContaining(['乾', '干', '幹']));
    expect(at('发', '髮')?.candidates).toEqual(expect.arrayContaining(['發', '髮']));
    expect(at('发', '發')?.sentence).toContain('頭髮和發展');
    expect(at('后', '后')?.candidates).toEqual(expect.arrayContaining(['后', '後']));
    expect(at('后', '後')?.sentence).toContain('後來');
    // Characters with one spelling are no choice: 社, 区, 谈.
    expect(choices.map((c) => c.source)).not.toContain('区');
  });
});

describe('pinning a choice', () => {
  const pin: Override[] = [
    { from: 'zh-hans', phrase: '理发店里', to: { 'zh-hant': '理髮店裏' }, why: 'the house style writes 裏' },
  ];

  test('one row in the override table changes the output', () => {
    expect(convertText(body, hans, hant)).toContain('理髮店裡');
    expect(convertText(body, hans, hant, pin)).toContain('理髮店裏');
  });

  test('the review shows it as pinned, and no longer as a choice', () => {
    const conversion = conversionChoices(body, hans, hant, pin);
    const { choices } = conversion;
    expect(choices.find((c) => c.pinnedBy)).toMatchObject({
      source: '理发店里',
      chosen: '理髮店裏',
      pinnedBy: '理发店里',
    });
    expect(
      choices
        .filter((c) => !c.pinnedBy)
        .map((c) => c.source)
        .join(''),
    ).not.toContain('里');
    expect(conversion.derived).toBe(convertText(body, hans, hant, pin));
    const segments = reviewSegments(body, conversion);
    expect(segments.find((s) => s.kind === 'pinned')?.text).toBe('理髮店裏');
    expect(segments.find((s) => s.kind === 'converted')?.text).toBe('區');
  });

  test('the seed article’s override shows as pinned', () => {
    const { choices } = conversionChoices(entry.body, hant, hans);
    expect(choices.filter((c) => c.pinnedBy).map((c) => c.chosen)).toEqual(['着力']);
  });
});

test('with nothing to review, the review says so', () => {
  const review = {
    file: 'a.md',
    slug: 'a',
    script: 'zh-Hant',
    open: 0,
    derived: [{ variant: 'zh-hans', choices: [] }],
  };
  expect(formatReview([review])).toMatch(/^nothing to review/);
  expect(formatOpen([review])).toMatch(/^nothing to review: no open choice in 1 article/);
  expect(conversionChoices('社會工作會議', hant, hans)).toEqual({ derived: '社会工作会议', choices: [] });
});

test('the review page has a row for each text field, then one for each paragraph of the body', async () => {
  const root = pathToFileURL(`${process.cwd()}/`);
  const article = (await readArticles(articlesFolder(root), root)).find((a) => a.slug === slug)!;
  const blocks = reviewBlocks(article);
  expect(blocks.slice(0, 4)).toEqual([
    '幹字當頭履職盡責開拓進取',
    '奮力推動鹽城社會工作高質量發展',
    '吳煒主持',
    '鹽城',
  ]);
  expect(blocks[4]).toMatch(/^鹽城市委社會工作會議2月19日召開/);
  expect(blocks[5]).toMatch(/^2月19日，市委社會工作會議召開。/);
  expect(blocks.filter((block) => !block || block !== block.trim() || /\n\s*\n/.test(block))).toEqual([]);
});

describe('triage: only the open choices, grouped by character across the site', () => {
  const simplified = (title: string, paragraphs: string[]) =>
    `---\ntitle: ${title}\nsection: society\nscript: zh-Hans\ndate: 2025-03-01\ndescription: 测试。\n---\n\n${paragraphs.join('\n\n')}\n`;
  /** A project folder with articles; returns its root URL. */
  const site = (articles: Record<string, string>) => {
    const root = mkdtempSync(path.join(tmpdir(), 'review-'));
    mkdirSync(path.join(root, 'content/articles'), { recursive: true });
    for (const [slug, text] of Object.entries(articles))
      writeFileSync(path.join(root, `content/articles/${slug}.md`), text);
    return root;
  };
  // 里 after 理发店 is covered by no phrase of OpenCC's dictionary (理发店 takes 店, and 店里 is a phrase only on its
  // own): its one-character default decides. 头发 and 理发店 are dictionary phrases; 吃 has one Traditional spelling,
  // 喫 is only a Taiwan variant form.
  const root = site({
    one: simplified('社区新闻', ['社区干部在理发店里谈论头发。', '大家都说他吃了饭。']),
    two: simplified('理发店', ['我们在理发店里等。']),
  });
  const rootUrl = pathToFileURL(`${root}/`);

  test('an ambiguous character converted by OpenCC’s default is listed, with its places in the file', async () => {
    const reviews = await reviewArticles(rootUrl);
    const li = reviews.flatMap((r) => r.derived.flatMap((d) => d.choices)).filter((c) => c.source === '里');
    expect(li.map((c) => [c.status, c.chosen, c.line, c.column])).toEqual([
      ['open', '裡', 9, 9],
      ['open', '裡', 9, 7],
    ]);
    const groups = openGroups(reviews);
    const group = groups.find((g) => g.source === '里')!;
    expect(group).toMatchObject({ variant: 'zh-hant', places: 2, articles: 2 });
    expect(group.candidates).toEqual(expect.arrayContaining(['裡', '里']));
    expect(group.phrases.map((p) => [p.source, p.derived, p.places.map((place) => place.slug)])).toEqual([
      ['店里等', '店裡等', ['two']],
      ['店里谈', '店裡談', ['one']],
    ]);
    expect(group.phrases[0]!.places[0]!.anchor).toBe('open-zh-hant-1');
    const text = formatOpen(reviews);
    expect(text).toMatch(/^里 → .* \(into 繁體\): 2 places in 2 articles$/m);
    expect(text).toContain('content/articles/one.md:9:9');
  });

  test('a choice decided by a dictionary phrase, or differing only in variant form, is not open but is in --all', async () => {
    const open = (await reviewArticles(rootUrl)).flatMap((r) => r.derived.flatMap((d) => d.choices));
    expect(open.every((c) => c.status === 'open')).toBe(true);
    expect(open.map((c) => c.source)).not.toContain('发');
    expect(open.map((c) => c.source)).not.toContain('吃');
    const all = (await reviewArticles(rootUrl, { all: true })).flatMap((r) => r.derived.flatMap((d) => d.choices));
    expect(all.find((c) => c.source === '吃')).toMatchObject({ status: 'variant-form', chosen: '吃' });
    expect(all.filter((c) => c.source === '发').map((c) => [c.status, c.phrase, c.chosen])).toEqual([
      ['phrase', '理发店', '髮'],
      ['phrase', '头发', '髮'],
      ['phrase', '理发店', '髮'],
      ['phrase', '理发店', '髮'],
    ]);
  });

  test('a choice pinned in the override table is never open', async () => {
    const pin: Override[] = [
      { from: 'zh-hans', phrase: '理发店里', to: { 'zh-hant': '理髮店裏' }, why: 'the house style writes 裏' },
    ];
    const reviews = await reviewArticles(rootUrl, { overrides: pin, all: true });
    const choices = reviews.flatMap((r) => r.derived.flatMap((d) => d.choices));
    expect(choices.filter((c) => c.source.includes('里')).map((c) => c.status)).toEqual(['pinned', 'pinned']);
    expect(openGroups(reviews).map((g) => g.source)).not.toContain('里');
  });

  test('the build’s review keeps each article’s review in a cache, and reviews again only a changed article', async () => {
    const cache = new URL('review-cache.json', pathToFileURL(`${mkdtempSync(path.join(tmpdir(), 'review-cache-'))}/`));
    const first = await reviewArticles(rootUrl, { cache });
    const kept = JSON.parse(readFileSync(cache, 'utf8')) as Record<string, { review: { open: number } }>;
    expect(Object.keys(kept).sort()).toEqual(['content/articles/one.md', 'content/articles/two.md']);
    // A review read from the cache is the one kept there: mark both, then change one article.
    for (const entry of Object.values(kept)) entry.review.open = -1;
    writeFileSync(cache, JSON.stringify(kept));
    const before = readFileSync(path.join(root, 'content/articles/two.md'), 'utf8');
    writeFileSync(path.join(root, 'content/articles/two.md'), before.replace('等。', '等他。'));
    const second = await reviewArticles(rootUrl, { cache });
    writeFileSync(path.join(root, 'content/articles/two.md'), before);
    expect(second.map((r) => [r.slug, r.open])).toEqual([
      ['one', -1],
      ['two', first.find((r) => r.slug === 'two')!.open],
    ]);
  });

  test('npm run review takes slugs, and --changed reviews the articles changed since the last commit', () => {
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: root });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'articles');
    const review = (...args: string[]) =>
      spawnSync(process.execPath, [path.resolve('src/cli/review.ts'), ...args], { cwd: root, encoding: 'utf8' });
    expect(review('--changed').stdout).toContain('nothing to review: no article has uncommitted changes');
    writeFileSync(path.join(root, 'content/articles/two.md'), simplified('理发店', ['我们在理发店里等他。']));
    const changed = review('--changed');
    expect(changed.stdout).toContain('content/articles/two.md:9:7');
    expect(changed.stdout).not.toContain('one.md');
    // 大家 is no phrase of OpenCC's either: 家 (家 / 傢) is open too.
    expect(review('one').stdout).toMatch(/^2 characters with open choices, 2 places, in 1 article reviewed/);
    const unknown = review('three');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no article has the slug "three"');
  });
});
