/**
 * The archive, on a site of generated articles across every section and
 * several months: front page and its pages, sections, month archives, feeds
 * and the sitemap, checked against the fixture's own articles.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatterFactory } from 'html-validate';
import { ARCHIVE_SITE_ARTICLES, archiveArticles } from '../support/archive-site.ts';
import { slug as seedSlug } from '../support/seed.ts';
import { axeViolations, htmlValidator } from '../support/page-quality.ts';
import { BUILT_ORIGIN, originOf } from '../support/sites.ts';
import { ANY_SEGMENT } from '../support/pages.ts';

const site = originOf('archive');
const SEED = { slug: seedSlug, section: 'politics', date: '2025-02-19' };
// Every article of the site, newest first and by slug within a day, as the site orders them.
const articles = [SEED, ...archiveArticles(ARCHIVE_SITE_ARTICLES)].sort(
  (a, b) => b.date.localeCompare(a.date) || (a.slug < b.slug ? -1 : 1),
);

/** The slugs a list page links to, in order. */
async function listedSlugs(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('.article-list__items .teaser__title a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return hrefs.map((href) => new RegExp(`^/${ANY_SEGMENT}/([^/]+)/$`).exec(href)![1]!);
}

/** Full page `number` of a list (newest first), counted from the oldest: 20 articles, newest first. */
function fullPage<T>(list: readonly T[], number: number): T[] {
  return list.slice(list.length - number * 20, list.length - (number - 1) * 20);
}
// Full pages of the front page list; the newest is the last number.
const fullPages = Math.floor(articles.length / 20);
/** The full page holding the article just older than the front page's newest 20. */
const afterFront = Math.floor((articles.length - 21) / 20) + 1;

test.describe('the front page', () => {
  test('shows the newest 20, the newest as the lead, and links to the page that goes on from them', async ({
    page,
  }) => {
    await page.goto(`${site}/zh-hant/`);
    expect(await listedSlugs(page)).toEqual(articles.slice(0, 20).map((a) => a.slug));
    await expect(page.locator('.teaser').first()).toHaveClass(/teaser--lead/);
    await expect(page.locator('.teaser--lead')).toHaveCount(1);
    const nav = page.getByRole('navigation', { name: '頁碼' });
    await expect(nav.getByRole('link')).toHaveText(['較舊', '最早']);
    await expect(nav.getByRole('link', { name: '較舊' })).toHaveAttribute('href', `/zh-hant/page/${afterFront}/`);
    await expect(nav.getByRole('link', { name: '最早' })).toHaveAttribute('href', '/zh-hant/page/1/');
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(0);
  });

  test('the page after it holds the article just older than the newest 20, with no lead', async ({ page }) => {
    await page.goto(`${site}/zh-hans/`);
    await page.getByRole('navigation', { name: '页码' }).getByRole('link', { name: '较旧' }).click();
    await expect(page).toHaveURL(`${site}/zh-hans/page/${afterFront}/`);
    const slugs = await listedSlugs(page);
    expect(slugs).toEqual(fullPage(articles, afterFront).map((a) => a.slug));
    expect(slugs).toContain(articles[20]!.slug);
    await expect(page.locator('.teaser--lead')).toHaveCount(0);
    await expect(page).toHaveTitle(`盐城新闻（第 ${afterFront} 页）`);
    await expect(page.locator('h1')).toContainText(`第 ${afterFront} 页`);
  });

  test('page 1 holds the oldest articles, with links to newer pages and none to older ones', async ({ page }) => {
    await page.goto(`${site}/zh-hans/page/1/`);
    expect(await listedSlugs(page)).toEqual(fullPage(articles, 1).map((a) => a.slug));
    const nav = page.getByRole('navigation', { name: '页码' });
    await expect(nav.getByRole('link')).toHaveText(['最新', '较新']);
    await expect(nav.getByRole('link', { name: '较新' })).toHaveAttribute('href', '/zh-hans/page/2/');
    await expect(nav.locator('[aria-current="page"]')).toHaveText('第 1 页');
  });

  test('the newest full page links on to the list itself', async ({ page }) => {
    await page.goto(`${site}/zh-hant/page/${fullPages}/`);
    const nav = page.getByRole('navigation', { name: '頁碼' });
    await expect(nav.getByRole('link')).toHaveText(['最新', '較舊', '最早']);
    await expect(nav.getByRole('link', { name: '最新' })).toHaveAttribute('href', '/zh-hant/');
    expect((await page.request.get(`${site}/zh-hant/page/${fullPages + 1}/`)).status()).toBe(404);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the page links work', async ({ page }) => {
      await page.goto(`${site}/zh-hant/page/3/`);
      await page.getByRole('navigation', { name: '頁碼' }).getByRole('link', { name: '較新' }).click();
      await expect(page).toHaveURL(`${site}/zh-hant/page/4/`);
      expect(await listedSlugs(page)).toEqual(fullPage(articles, 4).map((a) => a.slug));
    });
  });
});

test('a link reached by Shift+Tab is scrolled clear of the sticky header, at 360 and 1366 px', async ({ page }) => {
  for (const width of [360, 1366]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto(`${site}/zh-hant/`);
    const headlines = page.locator('.article-list__items .teaser__title a');
    await headlines.nth(12).focus();
    // The reader has scrolled on: the headline before sits under the header, on screen but covered.
    await headlines.nth(11).evaluate((a) => window.scrollTo(0, a.getBoundingClientRect().top + window.scrollY - 8));
    await page.keyboard.press('Shift+Tab');
    await expect(headlines.nth(11)).toBeFocused();
    const header = await page.locator('.site-header').boundingBox();
    const focused = await headlines.nth(11).boundingBox();
    expect(focused!.y, `${width} px`).toBeGreaterThanOrEqual(header!.y + header!.height);
    expect(focused!.y + focused!.height, `${width} px`).toBeLessThanOrEqual(700);
  }
});

test('switching script on a list page keeps the reader on the same page of the same list', async ({ page }) => {
  await page.goto(`${site}/zh-hant/page/3/`);
  const before = await listedSlugs(page);
  expect(before).toHaveLength(20);
  await page.getByRole('navigation', { name: '選擇字體' }).getByRole('link', { name: '简体' }).click();
  await expect(page).toHaveURL(`${site}/zh-hans/page/3/`);
  expect(await listedSlugs(page)).toEqual(before);
});

test('a section page lists only its articles, newest first, named in the variant’s script', async ({ page }) => {
  const sports = articles.filter((a) => a.section === 'sports');
  expect(sports.length).toBeGreaterThan(20);
  await page.goto(`${site}/zh-hans/`);
  await page.getByRole('navigation', { name: '栏目' }).getByRole('link', { name: '体育' }).click();
  await expect(page).toHaveURL(`${site}/zh-hans/sports/`);
  await expect(page.locator('h1')).toHaveText('体育');
  await expect(page.getByRole('navigation', { name: '栏目' }).locator('[aria-current="page"]')).toHaveText('体育');
  expect(await listedSlugs(page)).toEqual(sports.slice(0, 20).map((a) => a.slug));
  // Its oldest 20, newest first, at page 1; the list's own URL links on to it.
  await page.getByRole('navigation', { name: '页码' }).getByRole('link', { name: '较旧' }).click();
  await expect(page).toHaveURL(`${site}/zh-hans/sports/page/1/`);
  expect(await listedSlugs(page)).toEqual(fullPage(sports, 1).map((a) => a.slug));
  expect(fullPage(sports, 1)).toHaveLength(20);
});

test('the month archive: an index counting each month, and each month’s articles', async ({ page }) => {
  const months = new Map<string, number>();
  for (const a of articles) months.set(a.date.slice(0, 7), (months.get(a.date.slice(0, 7)) ?? 0) + 1);
  expect(months.size).toBeGreaterThan(2);
  await page.goto(`${site}/zh-hant/archive/`);
  for (const [month, count] of months) {
    const [year, m] = month.split('-');
    const item = page.locator('.archive__months li').filter({ hasText: `${year}年${Number(m)}月` });
    await expect(item.locator('a')).toHaveAttribute('href', `/zh-hant/archive/${year}/${m}/`);
    await expect(item.locator('.archive__count')).toHaveText(`${count} 篇`);
  }
  await page.goto(`${site}/zh-hant/archive/2025/02/`);
  await expect(page.locator('h1')).toHaveText('2025年2月');
  const february = articles.filter((a) => a.date.startsWith('2025-02'));
  expect(await listedSlugs(page)).toEqual(february.slice(0, 20).map((a) => a.slug));
});

test('an article names its section in a breadcrumb and ends with the articles published just before it there', async ({
  page,
}) => {
  const sports = articles.filter((a) => a.section === 'sports');
  const article = sports[5]!;
  await page.goto(`${site}/zh-hant/${article.slug}/`);
  const crumbs = page.getByRole('navigation', { name: '目前位置' }).getByRole('link');
  await expect(crumbs).toHaveText(['首頁', '體育']);
  await expect(crumbs.last()).toHaveAttribute('href', '/zh-hant/sports/');
  const earlier = page.locator('.earlier');
  await expect(earlier.getByRole('heading')).toHaveText('體育欄目較早的報道');
  const hrefs = await earlier.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(sports.slice(6, 10).map((a) => `/zh-hant/${a.slug}/`));
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld.articleSection).toBe('體育');
  expect(ld.datePublished).toBe(`${article.date}T00:00:00+08:00`);
  expect(ld.mainEntityOfPage.breadcrumb.itemListElement.map((i: { name: string }) => i.name)).toEqual(['首頁', '體育']);
});

test.describe('feeds', () => {
  test('the variant feed: the newest 50, in full, dated in China time, with a self link', async ({ request }) => {
    const xml = await (await request.get(`${site}/zh-hans/feed.xml`)).text();
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    expect(items).toHaveLength(50);
    expect(items.map((item) => /<link>[^<]*\/zh-hans\/([^/]+)\/<\/link>/.exec(item)![1])).toEqual(
      articles.slice(0, 50).map((a) => a.slug),
    );
    expect(items[0]).toContain('<pubDate>Wed, 19 Feb 2025 00:00:00 +0800</pubDate>');
    expect(xml).toContain('<lastBuildDate>Wed, 19 Feb 2025 00:00:00 +0800</lastBuildDate>');
    expect(xml).toContain(`<atom:link href="${BUILT_ORIGIN}/zh-hans/feed.xml" rel="self" type="application/rss+xml"/>`);
    // The whole text, every paragraph, without the paragraph permalinks.
    const content = /<content:encoded>([\s\S]*?)<\/content:encoded>/.exec(items[0]!)![1]!;
    expect(content.match(/&lt;p id=/g)).toHaveLength(7);
    expect(content).not.toContain('permalink');
  });

  test('a section feed holds only that section', async ({ request }) => {
    const xml = await (await request.get(`${site}/zh-hant/sports/feed.xml`)).text();
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    const slugs = items.map((item) => /<link>[^<]*\/zh-hant\/([^/]+)\/<\/link>/.exec(item)![1]);
    expect(slugs).toEqual(
      articles
        .filter((a) => a.section === 'sports')
        .slice(0, 50)
        .map((a) => a.slug),
    );
    expect(xml).toContain('<title>鹽城新聞 · 體育</title>');
  });
});

test('the sitemap lists every article in both scripts, each with both alternates and x-default', async ({
  request,
}) => {
  const index = await (await request.get(`${site}/sitemap-index.xml`)).text();
  const maps = [...index.matchAll(/<loc>[^<]*?(\/[^<]*\.xml)<\/loc>/g)].map((m) => m[1]!);
  const xml = (await Promise.all(maps.map(async (m) => (await request.get(`${site}${m}`)).text()))).join('');
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
  for (const { slug } of articles) {
    for (const segment of ['zh-hant', 'zh-hans']) {
      const entry = entries.find((e) => e.includes(`<loc>${BUILT_ORIGIN}/${segment}/${slug}/</loc>`));
      expect(entry, `${segment}/${slug}`).toBeDefined();
      expect(entry).toContain(`hreflang="zh-Hant" href="${BUILT_ORIGIN}/zh-hant/${slug}/"`);
      expect(entry).toContain(`hreflang="zh-Hans" href="${BUILT_ORIGIN}/zh-hans/${slug}/"`);
      expect(entry).toContain(`hreflang="x-default" href="${BUILT_ORIGIN}/"`);
    }
  }
  const root = entries.find((e) => e.includes(`<loc>${BUILT_ORIGIN}/</loc>`))!;
  expect(root.match(/hreflang="zh-Hant"/g)).toHaveLength(1);
});

test('the list sitemap gives each list page the last change of its articles, and never a build time', async ({
  request,
}) => {
  const index = await (await request.get(`${site}/sitemap-index.xml`)).text();
  expect(index).toContain(`<loc>${BUILT_ORIGIN}/zh-hant/sitemap-lists.xml</loc>`);
  const xml = await (await request.get(`${site}/zh-hant/sitemap-lists.xml`)).text();
  const entry = (path: string) =>
    new RegExp(`<url><loc>${BUILT_ORIGIN}${path}</loc>(?:<lastmod>([^<]+)</lastmod>)?`).exec(xml);
  // Page 1 of the front page: its newest article is the 20th oldest of the site, and that day is its last change.
  const pageOne = fullPage(articles, 1);
  expect(entry('/zh-hant/page/1/')?.[1]).toBe(`${pageOne[0]!.date}T00:00:00+08:00`);
  expect(entry('/zh-hant/')?.[1]).toBe(`${articles[0]!.date}T00:00:00+08:00`);
  expect(entry(`/zh-hant/page/${fullPages}/`)).not.toBeNull();
  expect(entry('/zh-hant/sports/page/1/')).not.toBeNull();
  expect(entry('/zh-hant/archive/2025/02/')).not.toBeNull();
  // Listed once, in its own sitemap, not also in @astrojs/sitemap's.
  const others = await (await request.get(`${site}/sitemap-0.xml`)).text();
  expect(others).not.toContain(`<loc>${BUILT_ORIGIN}/zh-hant/page/1/</loc>`);
  expect(others).toContain(`<loc>${BUILT_ORIGIN}/zh-hant/archive/</loc>`);
});

test.describe('the new pages pass axe and html-validate', () => {
  const pages = ['/zh-hant/', '/zh-hans/page/2/', '/zh-hant/sports/', '/zh-hans/archive/', '/zh-hant/archive/2025/02/'];
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe (${colorScheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      for (const path of [...pages, `/zh-hans/${articles[3]!.slug}/`]) {
        await page.goto(`${site}${path}`);
        expect(await axeViolations(page), path).toEqual([]);
      }
    });
  }

  test('html-validate', async ({ request }) => {
    const validator = htmlValidator();
    for (const path of pages) {
      const report = await validator.validateString(await (await request.get(`${site}${path}`)).text(), path);
      expect(report.valid, formatterFactory('stylish')(report.results)).toBe(true);
    }
  });
});
