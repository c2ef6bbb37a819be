/** The newsroom's fields: bylines and authors, times, changes after publication, what a build publishes, and the sitemaps. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { articleSchema } from '../../src/lib/articles/schema.ts';
import { formatDate, parseArticleDate } from '../../src/lib/articles/dates.ts';
import { buildTime, publicationOf } from '../../src/lib/articles/publication.ts';
import { authorIn, bylineIn, type AuthorsTable } from '../../src/lib/authors/authors.ts';
import { isArticlePage, isListPage, newsSitemap, urlSitemap } from '../../src/lib/site/sitemap.ts';
import { variantBySegment } from '../../src/lib/variants/variants.ts';

const hant = variantBySegment('zh-hant');
const hans = variantBySegment('zh-hans');
const base = { title: '標題', section: 'society', date: '2025-03-01', description: '一句話。' };
const problems = (fields: Record<string, unknown>) => {
  const result = articleSchema.safeParse({ ...base, ...fields });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('frontmatter', () => {
  test('one author or several; an empty one is refused', () => {
    expect(articleSchema.parse({ ...base, author: '于洋' }).author).toEqual(['于洋']);
    expect(articleSchema.parse({ ...base, author: ['于洋', 'yu-yang'] }).author).toEqual(['于洋', 'yu-yang']);
    expect(problems({ author: ' ' })).toEqual(['author: an author is empty: write a name or an author id']);
    expect(problems({ author: [] })).toHaveLength(1);
  });

  test('updated may not be earlier than date; a correction or retraction needs updated', () => {
    expect(problems({ updated: '2025-03-01T09:00+08:00' })).toEqual([]);
    expect(problems({ updated: '2025-02-28T23:59+08:00' })).toEqual(['updated: is earlier than date']);
    expect(problems({ correction: '更正。' })).toEqual(['correction: needs updated: when the correction was made']);
    expect(problems({ retracted: '撤回。' })).toEqual(['retracted: needs updated: when the retraction was made']);
  });

  test('old slugs must be slugs', () => {
    expect(problems({ redirect_from: ['old-name'] })).toEqual([]);
    expect(problems({ redirect_from: ['Old Name'] })).toHaveLength(1);
  });
});

describe('times', () => {
  test('a date with a time shows it; a date alone shows the day', () => {
    expect(formatDate(parseArticleDate('2025-02-19T10:30+08:00')!)).toBe('2025年2月19日 10:30');
    expect(formatDate(parseArticleDate('2025-02-19T02:30Z')!)).toBe('2025年2月19日 10:30');
    expect(formatDate(parseArticleDate('2025-02-19')!)).toBe('2025年2月19日');
  });

  test('an hour or minute out of range is no date', () => {
    expect(parseArticleDate('2025-02-19T24:00+08:00')).toBeUndefined();
    expect(parseArticleDate('2025-02-19T10:60+08:00')).toBeUndefined();
  });
});

describe('what a build publishes', () => {
  afterEach(() => vi.unstubAllEnvs());
  const now = parseArticleDate('2025-03-03T12:00+08:00')!;

  test('a draft never, a future date not yet, anything else at once', () => {
    expect(publicationOf({ draft: true, date: parseArticleDate('2025-01-01')! }, now)).toBe('draft');
    expect(publicationOf({ date: parseArticleDate('2025-03-03T12:01+08:00')! }, now)).toBe('scheduled');
    expect(publicationOf({ date: parseArticleDate('2025-03-03T12:00+08:00')! }, now)).toBe('published');
  });

  test('BUILD_TIME fixes "now"; one that is no date is refused', () => {
    vi.stubEnv('BUILD_TIME', '2025-03-03T12:00+08:00');
    expect(buildTime()).toEqual(now);
    vi.stubEnv('BUILD_TIME', 'tomorrow');
    expect(() => buildTime()).toThrow('BUILD_TIME="tomorrow" is not a date');
  });
});

describe('bylines', () => {
  const table: AuthorsTable = {
    'yu-yang': { name: '于洋', script: 'zh-Hans', description: '本报记者。' },
    'zhong-hanliang': { name: { 'zh-Hant': '鍾漢良', 'zh-Hans': '钟汉良' }, script: 'zh-Hant' },
  };

  test('an id takes the table’s author; a written name is converted as a name, surname kept', () => {
    expect(bylineIn(['yu-yang', '余华', '范冰冰'], table, hans, hant)).toEqual([
      { id: 'yu-yang', name: '于洋' },
      { name: '余華' },
      { name: '范冰冰' },
    ]);
    expect(bylineIn(['鍾漢良', 'zhong-hanliang'], table, hant, hans)).toEqual([
      { name: '钟汉良' },
      { id: 'zhong-hanliang', name: '钟汉良' },
    ]);
  });

  test('an author’s name spelled out per script wins; the description is converted as text', () => {
    const spelled: AuthorsTable = { x: { name: { 'zh-Hans': '李里', 'zh-Hant': '李里' }, script: 'zh-Hans' } };
    expect(authorIn('x', spelled['x']!, hant).name).toBe('李里');
    // A variant the table does not spell takes the spelling of its own script (Taiwan's for Hong Kong), not
    // OpenCC's conversion of the first one's (李裏).
    expect(authorIn('x', spelled['x']!, variantBySegment('zh-hk')).name).toBe('李里');
    expect(authorIn('yu-yang', table['yu-yang']!, hant)).toEqual({
      id: 'yu-yang',
      name: '于洋',
      description: '本報記者。',
    });
  });
});

describe('sitemaps', () => {
  test('article pages are told apart from lists, under any base path', () => {
    expect(isArticlePage('https://n.example/zh-hant/some-story/', '/')).toBe(true);
    expect(isArticlePage('https://n.example/news/zh-hans/some-story/', '/news/')).toBe(true);
    for (const list of ['/', '/zh-hant/', '/zh-hant/politics/', '/zh-hant/archive/', '/zh-hant/corrections/'])
      expect(isArticlePage(`https://n.example${list}`, '/'), list).toBe(false);
    expect(isArticlePage('https://n.example/zh-hant/author/yu-yang/', '/')).toBe(false);
  });

  test('list pages, their own URLs and numbered pages, are told apart from every other page', () => {
    const lists = [
      '/zh-hant/',
      '/zh-hant/page/3/',
      '/zh-hans/politics/',
      '/zh-hans/politics/page/1/',
      '/zh-hant/archive/2025/02/',
      '/zh-hant/archive/2025/02/page/2/',
      '/zh-hant/author/yu-yang/',
      '/zh-hant/author/yu-yang/page/1/',
      '/zh-hans/corrections/',
      '/zh-hans/corrections/page/4/',
    ];
    for (const list of lists) expect(isListPage(`https://n.example/news${list}`, '/news/'), list).toBe(true);
    const others = ['/', '/zh-hant/archive/', '/zh-hant/search/', '/zh-hant/some-story/', '/zh-hant/some-story/share/'];
    for (const other of others) expect(isListPage(`https://n.example${other}`, '/'), other).toBe(false);
  });

  test('a list page with no article in it has no lastmod', () => {
    expect(urlSitemap([{ url: 'https://n.example/zh-hant/corrections/', alternates: [] }])).toContain(
      '<url><loc>https://n.example/zh-hant/corrections/</loc></url>',
    );
  });

  test('an article’s lastmod keeps its China-time offset; the news sitemap names the publication and time', () => {
    const xml = urlSitemap([
      { url: 'https://n.example/zh-hant/a/', lastmod: '2025-02-19T10:30:00+08:00', alternates: [] },
    ]);
    expect(xml).toContain('<loc>https://n.example/zh-hant/a/</loc><lastmod>2025-02-19T10:30:00+08:00</lastmod>');
    const news = newsSitemap(hans, [
      { url: 'https://n.example/zh-hans/a/', title: '标题 & 副题', published: '2025-02-19T10:30:00+08:00' },
    ]);
    expect(news).toContain('<news:name>盐城新闻</news:name><news:language>zh-cn</news:language>');
    expect(news).toContain('<news:publication_date>2025-02-19T10:30:00+08:00</news:publication_date>');
    expect(news).toContain('<news:title>标题 &amp; 副题</news:title>');
  });

  test('the news sitemap’s language is one Google News takes: zh-tw for both Traditional variants, zh-cn', () => {
    const language = (segment: string) =>
      /<news:language>([^<]*)/.exec(
        newsSitemap(variantBySegment(segment), []) +
          newsSitemap(variantBySegment(segment), [{ url: 'u', title: 't', published: 'p' }]),
      )?.[1];
    expect(['zh-hant', 'zh-hk', 'zh-hans'].map(language)).toEqual(['zh-tw', 'zh-tw', 'zh-cn']);
  });
});
