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
  // Newest first, as lists are: 44 is the newest item, 0 the oldest.
  const list = (length: number) => Array.from({ length }, (_, i) => length - 1 - i);

  test('45 items: the newest 20 at the list itself, then two full pages counted from the oldest', () => {
    const [newest, ...full] = paginate(list(45));
    expect(newest!.items).toEqual(list(45).slice(0, 20));
    expect(full.map((p) => p.number)).toEqual([1, 2]);
    expect(full[0]!.items).toEqual(list(20));
    expect(full[1]!.items).toEqual(list(40).slice(0, 20));
    // The newest 20 are 25–44; the next older item, 24, is on page 2.
    expect([newest!.earlier, newest!.later, newest!.oldest]).toEqual([2, undefined, 1]);
    expect([full[1]!.earlier, full[1]!.later, full[1]!.newestFull]).toEqual([1, 'newest', true]);
    expect([full[0]!.earlier, full[0]!.later, full[0]!.newestFull]).toEqual([undefined, 2, false]);
  });

  test('a full page keeps its items and links as the list grows, until the next page fills', () => {
    const pageTwo = (length: number) => paginate(list(length))[2]!;
    const at40 = pageTwo(40);
    for (const length of [41, 59]) expect(pageTwo(length)).toEqual(at40);
    // Page 3 has filled: page 2 now links to it instead of to the list itself, and that is all.
    expect(pageTwo(60)).toEqual({ ...at40, later: 3, newestFull: false });
    expect(pageTwo(1000)).toEqual(pageTwo(60));
  });

  test('when the newest 20 are exactly the newest full page, the list links on to the page before it', () => {
    expect(paginate(list(40))[0]!.earlier).toBe(1);
    expect(paginate(list(41))[0]!.earlier).toBe(2);
  });

  test('an empty list, or one of 20 or fewer, is its own page only, with no links', () => {
    expect(paginate([])).toEqual([
      { items: [], number: undefined, earlier: undefined, later: undefined, oldest: undefined, newestFull: false },
    ]);
    expect(paginate(list(19)).length).toBe(1);
  });

  test('the list itself is its own URL, a full page is under page/N/', () => {
    expect([pageParam(undefined), pageParam(3)]).toEqual([undefined, 'page/3']);
    expect([pageUrl('/zh-hant/politics/', undefined), pageUrl('/zh-hant/politics/', 3)]).toEqual([
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
