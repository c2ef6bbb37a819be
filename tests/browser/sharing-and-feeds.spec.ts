import { expect, test } from '@playwright/test';
import { slug } from '../support/seed.ts';
import { BUILT_ORIGIN } from '../support/sites.ts';

const article = (segment: string) => `/${segment}/${slug}/`;
test.describe('sharing and subscribing', () => {
  for (const [segment, lang, locale, headline] of [
    ['zh-hant', 'zh-Hant', 'zh_TW', '奮力推動鹽城社會工作高質量發展'],
    ['zh-hans', 'zh-Hans', 'zh_CN', '奋力推动盐城社会工作高质量发展'],
  ] as const) {
    test(`Open Graph, Twitter card and NewsArticle JSON-LD (${segment})`, async ({ page }) => {
      await page.goto(article(segment));
      const meta = (selector: string) => page.locator(selector).getAttribute('content');
      // The headline alone: og:site_name names the site.
      expect(await meta('meta[property="og:title"]')).toBe(headline);
      expect(await meta('meta[property="og:type"]')).toBe('article');
      expect(await meta('meta[property="og:locale"]')).toBe(locale);
      expect(await meta('meta[property="og:url"]')).toBe(`${BUILT_ORIGIN}${article(segment)}`);
      expect(await meta('meta[property="og:description"]')).toBeTruthy();
      // The share card shows large (sharing.spec.ts checks the card itself).
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      expect(await meta('meta[property="og:image"]')).toBe(`${BUILT_ORIGIN}${article(segment)}card.png`);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.headline).toBe(headline);
      // China time, with its offset: never UTC midnight of the wrong day.
      expect(ld.datePublished).toBe('2025-02-19T00:00:00+08:00');
      expect(ld.inLanguage).toBe(lang);
      expect(ld.mainEntityOfPage['@id']).toBe(`${BUILT_ORIGIN}${article(segment)}`);
    });

    test(`the feed parses and lists the article with the ${segment} link`, async ({ page }) => {
      await page.goto(`/${segment}/`);
      const href = await page.locator('link[type="application/rss+xml"]').getAttribute('href');
      expect(href).toBe(`/${segment}/feed.xml`);
      const xml = await (await page.request.get(href!)).text();
      const items = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.querySelector('parsererror')) return null;
        return [...doc.querySelectorAll('item')].map((i) => ({
          title: i.querySelector('title')?.textContent,
          link: i.querySelector('link')?.textContent,
        }));
      }, xml);
      expect(items).toEqual([{ title: headline, link: `${BUILT_ORIGIN}${article(segment)}` }]);
    });
  }

  test('sitemap with hreflang alternates, robots.txt, manifest and favicon', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${BUILT_ORIGIN}/sitemap-index.xml`);
    const index = await (await request.get('/sitemap-index.xml')).text();
    const sitemapPaths = [...index.matchAll(/<loc>http:\/\/127\.0\.0\.1:4321(\/[^<]+)<\/loc>/g)].map((m) => m[1]!);
    const sitemap = (await Promise.all(sitemapPaths.map(async (path) => (await request.get(path)).text()))).join('');
    expect(sitemap).toContain(
      `<loc>${BUILT_ORIGIN}${article('zh-hans')}</loc><lastmod>2025-02-19T00:00:00+08:00</lastmod>`,
    );
    expect(sitemap).toContain(`hreflang="zh-Hant" href="${BUILT_ORIGIN}${article('zh-hant')}"`);
    expect(sitemap).toContain(`hreflang="zh-Hans" href="${BUILT_ORIGIN}${article('zh-hans')}"`);
    expect(sitemap).not.toContain('/search/');
    const manifest = await (await request.get('/manifest.webmanifest')).json();
    expect(manifest.name).toBe('鹽城新聞');
    expect((await request.get(manifest.icons[0].src)).ok()).toBe(true);
  });
});
