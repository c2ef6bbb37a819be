/** The archive's building blocks: China-time dates, pages of a list, sections, and sitemap alternates. */
import { describe, expect, test } from 'vitest';
import { formatDate, isoDateTime, isoDay, monthOf, parseArticleDate, rfc822 } from '../../src/lib/articles/dates.ts';
import { sectionIds, sections } from '../../src/lib/sections/sections.ts';
import { pageParam, pageUrl, paginate } from '../../src/lib/site/pagination.ts';
import { withAlternates, type SitemapEntry } from '../../src/lib/site/sitemap.ts';
import { variants } from '../../src/lib/variants/variants.ts';

describe('article dates are China time', () => {
  test('a day alone is 00:00 in Beijing, the day before in UTC', () => {
    const date = parseArticleDate('2025-02-19')!;
    expect(date.toISOString()).toBe('2025-02-18T16:00:00.000Z');
    expect(formatDate(date)).toBe('2025年2月19日');
    expect(isoDay(date)).toBe('2025-02-19');
    expect(isoDateTime(date)).toBe('2025-02-19T00:00:00+08:00');
    expect(rfc822(date)).toBe('Wed, 19 Feb 2025 00:00:00 +0800');
  });

  test('a time with an offset is that instant; without one it is China time', () => {
    expect(parseArticleDate('2025-02-19T10:30+08:00')!.toISOString()).toBe('2025-02-19T02:30:00.000Z');
    expect(parseArticleDate('2025-02-19T10:30')!.toISOString()).toBe('2025-02-19T02:30:00.000Z');
    expect(isoDateTime(parseArticleDate('2025-02-18T20:00Z')!)).toBe('2025-02-19T04:00:00+08:00');
  });

  test('the month of a late-evening UTC time is the next China-time month', () => {
    expect(monthOf(parseArticleDate('2025-01-31T20:00Z')!)).toEqual({ year: 2025, month: 2 });
  });

  test('what is not a date is refused', () => {
    for (const text of ['2025-02-30', '2月19日', '2025-2-19', '2025-02-19T25:00', 'TODO']) {
      expect(parseArticleDate(text), text).toBeUndefined();
    }
  });
});

describe('lists in pages', () => {
  test('45 articles make three pages of 20, 20 and 5', () => {
    const pages = paginate(Array.from({ length: 45 }, (_, i) => i));
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.map((p) => [p.number, p.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  test('an empty list is one empty page', () => {
    expect(paginate([])).toEqual([{ items: [], number: 1, count: 1 }]);
  });

  test('the first page is the list itself, the others under page/N/', () => {
    expect([pageParam(1), pageParam(3)]).toEqual([undefined, 'page/3']);
    expect([pageUrl('/zh-hant/politics/', 1), pageUrl('/zh-hant/politics/', 3)]).toEqual([
      '/zh-hant/politics/',
      '/zh-hant/politics/page/3/',
    ]);
  });
});

describe('the sections table', () => {
  test('every section has a Latin id and a name in every variant', () => {
    for (const section of sections) {
      expect(section.id).toMatch(/^[a-z]+$/);
      for (const variant of variants)
        expect(section.names[variant.segment], `${section.id} ${variant.segment}`).toBeTruthy();
    }
    expect(new Set(sectionIds).size).toBe(sections.length);
  });
});

describe('sitemap alternates', () => {
  const links = (url: string, base = '/') => withAlternates<SitemapEntry>({ url }, base).links;

  test('a page lists itself in every variant, and the root chooser as x-default', () => {
    expect(links('https://news.example/zh-hans/politics/page/2/')).toEqual([
      { url: 'https://news.example/zh-hant/politics/page/2/', lang: 'zh-Hant' },
      { url: 'https://news.example/zh-hans/politics/page/2/', lang: 'zh-Hans' },
      { url: 'https://news.example/', lang: 'x-default' },
    ]);
  });

  test('the root lists each front page once, and itself as x-default', () => {
    expect(links('https://news.example/news/', '/news/')).toEqual([
      { url: 'https://news.example/news/zh-hant/', lang: 'zh-Hant' },
      { url: 'https://news.example/news/zh-hans/', lang: 'zh-Hans' },
      { url: 'https://news.example/news/', lang: 'x-default' },
    ]);
  });
});
