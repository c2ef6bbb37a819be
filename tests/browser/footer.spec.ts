/**
 * The footer, on every type of page of the archive and fixture sites and under
 * a base path: the sections, the archive, corrections, the feeds and the
 * site information, in the page's script, every link resolving; out of print
 * and of 直排's screen-high column.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { archiveArticles, ARCHIVE_SITE_ARTICLES } from '../support/archive-site.ts';
import { slug } from '../support/seed.ts';
import { originOf } from '../support/sites.ts';
import { sectionName, sections } from '../../src/lib/sections/sections.ts';
import { siteInfo } from '../../src/lib/site/site-info.ts';
import { variants, type Variant } from '../../src/lib/variants/variants.ts';

const archive = originOf('archive');
const fixtures = originOf('fixtures');
// The newest generated article: earlier articles of its section follow it.
const generated = archiveArticles(ARCHIVE_SITE_ARTICLES).sort((a, b) => b.date.localeCompare(a.date))[0]!;

/** One page of each type, by site, under a variant's segment. */
const PAGE_TYPES: ReadonlyArray<{ type: string; site: string; path: string; section?: string }> = [
  { type: 'front page', site: archive, path: '' },
  { type: 'front page, an older page', site: archive, path: 'page/2/' },
  { type: 'section', site: archive, path: 'society/', section: 'society' },
  { type: 'section, an older page', site: archive, path: 'society/page/1/', section: 'society' },
  { type: 'archive', site: archive, path: 'archive/' },
  { type: 'month', site: archive, path: 'archive/2025/02/' },
  { type: 'article', site: archive, path: `${generated.slug}/` },
  { type: 'search', site: archive, path: 'search/?q=%E7%A4%BE%E6%9C%83' },
  { type: 'corrections', site: fixtures, path: 'corrections/' },
  { type: 'author', site: fixtures, path: 'author/yu-yang/' },
  { type: 'corrected article', site: fixtures, path: 'corrected-report/' },
  { type: 'share page', site: fixtures, path: 'corrected-report/share/' },
];

/** The footer's links in a variant, as the tables give them: [text, href, rel]. */
function expectedLinks(variant: Variant, base = '/', section?: string): Array<[string, string, string | null]> {
  const own = (path: string) => `${base}${variant.segment}/${path}`;
  const sectionFeed = sections.find((s) => s.id === section);
  return [
    ...sections.map((s): [string, string, null] => [sectionName(s, variant), own(`${s.id}/`), null]),
    [variant.ui.archive.title, own('archive/'), null],
    [variant.ui.newsroom.corrections.title, own('corrections/'), null],
    [variant.ui.footer.feed, own('feed.xml'), null],
    ...(sectionFeed
      ? [
          [
            variant.ui.footer.sectionFeed.replace('{section}', sectionName(sectionFeed, variant)),
            own(`${sectionFeed.id}/feed.xml`),
            null,
          ] as [string, string, null],
        ]
      : []),
    ...(siteInfo.about ? [[variant.ui.footer.about, siteInfo.about, null] as [string, string, null]] : []),
    [variant.ui.footer.contact, siteInfo.contact, null],
    [variant.ui.footer.licence, siteInfo.licence, 'license'],
  ];
}

/** The links of the page's footer navigation labelled `label`: [text, href, rel]. */
async function footerLinks(page: Page, label: string): Promise<Array<[string, string, string | null]>> {
  const nav = page.getByRole('contentinfo').getByRole('navigation', { name: label, exact: true });
  await expect(nav).toBeVisible();
  return nav
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((a): [string, string, string | null] => [
        a.textContent!.trim(),
        a.getAttribute('href')!,
        a.getAttribute('rel'),
      ]),
    );
}

/** Fails unless every site-relative URL answers 200 (each asked once). */
async function expectResolving(request: APIRequestContext, origin: string, hrefs: Iterable<string>, seen: Set<string>) {
  for (const href of hrefs) {
    if (!href.startsWith('/') || seen.has(origin + href)) continue;
    seen.add(origin + href);
    const response = await request.get(origin + href);
    expect(response.status(), `${origin}${href}`).toBe(200);
  }
}

for (const variant of variants) {
  test(`every type of page has a footer in its script (${variant.segment}), each link resolving`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const seen = new Set<string>();
    for (const { type, site, path, section } of PAGE_TYPES) {
      await page.goto(`${site}/${variant.segment}/${path}`);
      await expect(page.getByRole('contentinfo'), type).toHaveCount(1);
      const footer = page.getByRole('contentinfo');
      // In the page's script: the footer carries no language of its own, so it has the page's.
      await expect(page.locator('html')).toHaveAttribute('lang', variant.lang);
      expect(await footer.locator('[lang]').count(), type).toBe(0);
      const links = await footerLinks(page, variant.ui.footer.label);
      expect(links, type).toEqual(expectedLinks(variant, '/', section));
      await expectResolving(
        request,
        site,
        links.map(([, href]) => href),
        seen,
      );
    }
  });
}

test('a section’s footer links its own feed, an RSS feed of that section', async ({ request }) => {
  const response = await request.get(`${archive}/zh-hant/society/feed.xml`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('<rss');
});

test('pages in every script (the 404 page, the root without JavaScript) have a footer in each, marked', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['/no-such-page/', '/']) {
    await page.goto(`${archive}${path}`);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    for (const variant of variants) {
      const nav = page.getByRole('contentinfo').getByRole('navigation', { name: variant.ui.footer.label, exact: true });
      await expect(nav, path).toHaveAttribute('lang', variant.lang);
      expect(await footerLinks(page, variant.ui.footer.label), path).toEqual(expectedLinks(variant));
    }
  }
  await context.close();
});

test('under a base path, every footer link stays inside the site and resolves', async ({ page, request }) => {
  const site = originOf('basePath');
  const variant = variants[1];
  await page.goto(`${site}/news/${variant.segment}/`);
  const links = await footerLinks(page, variant.ui.footer.label);
  expect(links).toEqual(expectedLinks(variant, '/news/'));
  await expectResolving(
    request,
    site,
    links.map(([, href]) => href),
    new Set(),
  );
});

test('the footer is not printed', async ({ page }) => {
  await page.goto(`${archive}/zh-hant/${generated.slug}/`);
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-footer')).toBeHidden();
});

test.describe('in 直排 on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('an article is the screen, without the footer; a list page keeps it, horizontal', async ({ page }) => {
    // The seed article of the main site: no earlier articles after it, so the column is all there is.
    await page.goto(`/zh-hans/${slug}/`);
    await page.evaluate(() => localStorage.setItem('reader-settings', JSON.stringify({ writing: 'vertical' })));
    await page.reload();
    await expect(page.locator('.article')).toHaveCSS('writing-mode', 'vertical-rl');
    await expect(page.locator('.site-footer')).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(740);
    await page.goto(`${archive}/zh-hans/`);
    await expect(page.locator('.site-footer')).toBeVisible();
    await expect(page.locator('.site-footer__nav')).toHaveCSS('writing-mode', 'horizontal-tb');
  });
});
