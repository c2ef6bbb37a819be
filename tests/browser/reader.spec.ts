import { expect, test, type Page } from '@playwright/test';
import { slug } from '../support/seed.ts';

const article = (segment: string) => `/${segment}/${slug}/`;

async function choose(page: Page, settings: string, choice: string) {
  await page.getByRole('button', { name: settings }).click();
  await page.locator('.reader-settings label').filter({ hasText: new RegExp(`^${choice}$`) }).click();
  await expect(page.getByRole('radio', { name: choice, exact: true })).toBeChecked();
  await page.keyboard.press('Escape');
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test.describe('reader controls', () => {
  test('theme: follows the system, can be forced, survives a reload, and the first paint already has it', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(article('zh-hant'));
    const light = await background(page);
    await choose(page, '閱讀設定', '深色');
    const dark = await background(page);
    expect(dark).not.toBe(light);
    // Record the background at the first animation frame, which precedes the first paint.
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { firstFrame: string }).firstFrame = getComputedStyle(document.documentElement).backgroundColor;
      });
    });
    await page.reload();
    expect(await background(page)).toBe(dark);
    expect(await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame)).toBe(dark);
    await choose(page, '閱讀設定', '跟隨系統');
    expect(await background(page)).toBe(light);
  });

  test('text size: four steps, applied to the article text, surviving a reload', async ({ page }) => {
    await page.goto(article('zh-hans'));
    const size = () => page.locator('#p1').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(await size()).toBe(18);
    await choose(page, '阅读设置', '特大');
    expect(await size()).toBe(23);
    await page.reload();
    expect(await size()).toBe(23);
    await choose(page, '阅读设置', '小');
    expect(await size()).toBe(16);
  });

  test('vertical writing: columns right to left, digits upright, nothing clipped, and a way back', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(article('zh-hant'));
    await choose(page, '閱讀設定', '直排');
    const body = page.locator('.article');
    await expect(body).toHaveCSS('writing-mode', 'vertical-rl');
    await expect(page.locator('.dateline time')).toHaveCSS('text-orientation', 'upright');
    // The page itself never scrolls sideways; the article does, and reaches its last paragraph.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    const { scrollWidth, clientWidth } = await body.evaluate((a) => ({ scrollWidth: a.scrollWidth, clientWidth: a.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await expect(page.locator('h1')).toBeInViewport();
    await body.evaluate((a) => a.scrollTo({ left: -a.scrollWidth }));
    await expect(page.locator('#p7')).toBeInViewport();
    // Each column fits the viewport's height: no text is cut off below.
    const p1 = await page.locator('#p1').boundingBox();
    expect(p1!.y + p1!.height).toBeLessThanOrEqual(740);
    await page.reload();
    await expect(body).toHaveCSS('writing-mode', 'vertical-rl');
    await choose(page, '閱讀設定', '橫排');
    await expect(body).toHaveCSS('writing-mode', 'horizontal-tb');
  });

  test('keyboard reachable and labelled in the variant’s script', async ({ page }) => {
    await page.goto(article('zh-hans'));
    const toggle = page.getByRole('button', { name: '阅读设置' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('group', { name: '主题' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: '跟随系统' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: '浅色' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the controls are absent and the article reads plainly', async ({ page }) => {
      await page.goto(article('zh-hant'));
      await expect(page.locator('reader-controls')).toBeHidden();
      await expect(page.locator('#p1')).toBeVisible();
      await expect(page.locator('.article')).toHaveCSS('writing-mode', 'horizontal-tb');
    });
  });
});

test.describe('on the article page', () => {
  test('reading time and a progress bar that follows the scroll', async ({ page }) => {
    await page.goto(article('zh-hant'));
    await expect(page.locator('.dateline')).toContainText('約 3 分鐘讀完');
    const scale = () => page.locator('.reading-progress').evaluate((bar) => new DOMMatrix(getComputedStyle(bar).transform).a);
    expect(await scale()).toBeLessThan(0.05);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(scale).toBeGreaterThan(0.95);
  });

  for (const segment of ['zh-hant', 'zh-hans']) {
    test(`paragraph permalinks land on their paragraph (${segment})`, async ({ page }) => {
      await page.setViewportSize({ width: 800, height: 500 });
      await page.goto(article(segment));
      const link = page.locator('#p5 a.permalink');
      await expect(link).toHaveAttribute('href', '#p5');
      await expect(link).toHaveAttribute('aria-label', segment === 'zh-hant' ? '第 5 段的連結' : '第 5 段的链接');
      await page.goto(`${article(segment)}#p5`);
      await expect(page.locator('#p5')).toBeInViewport();
      const top = await page.locator('#p5').evaluate((p) => p.getBoundingClientRect().top);
      const header = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
      expect(top).toBeGreaterThanOrEqual(header);
    });
  }

  test('the Simplified page says it was converted and links to the original at the same paragraph', async ({ page }) => {
    await page.goto(article('zh-hant'));
    await expect(page.locator('.conversion-note')).toHaveCount(0);
    await page.setViewportSize({ width: 800, height: 500 });
    await page.goto(article('zh-hans'));
    const note = page.locator('.conversion-note');
    await expect(note).toContainText('本文由繁體原文自动转换。');
    await expect(note.locator('a')).toHaveAttribute('href', article('zh-hant'));
    await page.locator('#p3').evaluate((p) => {
      p.scrollIntoView();
      window.scrollBy(0, 40);
    });
    // The note scrolled away with the header block; follow its link as a reader who scrolled back would not.
    await note.locator('a').evaluate((a: HTMLAnchorElement) => a.click());
    await expect(page).toHaveURL(`${article('zh-hant')}#p3`);
  });

  test('print shows only the article, its headline block, date and URL', async ({ page }) => {
    await page.goto(article('zh-hant'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.permalink').first()).toBeHidden();
    await expect(page.locator('.dateline time')).toBeVisible();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.print-url')).toHaveText(`http://127.0.0.1:4321${article('zh-hant')}`);
    await expect(page.locator('.print-url')).toBeVisible();
  });
});

test.describe('sharing and subscribing', () => {
  for (const [segment, lang, locale, headline] of [
    ['zh-hant', 'zh-Hant', 'zh_TW', '奮力推動鹽城社會工作高質量發展'],
    ['zh-hans', 'zh-Hans', 'zh_CN', '奋力推动盐城社会工作高质量发展'],
  ] as const) {
    test(`Open Graph, Twitter card and NewsArticle JSON-LD (${segment})`, async ({ page }) => {
      await page.goto(article(segment));
      const meta = (selector: string) => page.locator(selector).getAttribute('content');
      expect(await meta('meta[property="og:title"]')).toContain(headline);
      expect(await meta('meta[property="og:type"]')).toBe('article');
      expect(await meta('meta[property="og:locale"]')).toBe(locale);
      expect(await meta('meta[property="og:url"]')).toBe(`http://127.0.0.1:4321${article(segment)}`);
      expect(await meta('meta[property="og:description"]')).toBeTruthy();
      expect(await meta('meta[name="twitter:card"]')).toBe('summary');
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.headline).toBe(headline);
      expect(ld.datePublished).toBe('2025-02-19');
      expect(ld.inLanguage).toBe(lang);
      expect(ld.mainEntityOfPage['@id']).toBe(`http://127.0.0.1:4321${article(segment)}`);
    });

    test(`the feed parses and lists the article with the ${segment} link`, async ({ page }) => {
      await page.goto(`/${segment}/`);
      const href = await page.locator('link[type="application/rss+xml"]').getAttribute('href');
      expect(href).toBe(`/${segment}/feed.xml`);
      const xml = await (await page.request.get(href!)).text();
      const items = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.querySelector('parsererror')) return null;
        return [...doc.querySelectorAll('item')].map((i) => ({ title: i.querySelector('title')?.textContent, link: i.querySelector('link')?.textContent }));
      }, xml);
      expect(items).toEqual([{ title: headline, link: `http://127.0.0.1:4321${article(segment)}` }]);
    });
  }

  test('sitemap with hreflang alternates, robots.txt, manifest and favicon', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('Sitemap: http://127.0.0.1:4321/sitemap-index.xml');
    const index = await (await request.get('/sitemap-index.xml')).text();
    const sitemapUrl = /<loc>http:\/\/127\.0\.0\.1:4321(\/[^<]+)<\/loc>/.exec(index)![1]!;
    const sitemap = await (await request.get(sitemapUrl)).text();
    expect(sitemap).toContain(`<loc>http://127.0.0.1:4321${article('zh-hans')}</loc>`);
    expect(sitemap).toContain(`hreflang="zh-Hant" href="http://127.0.0.1:4321${article('zh-hant')}"`);
    expect(sitemap).toContain(`hreflang="zh-Hans" href="http://127.0.0.1:4321${article('zh-hans')}"`);
    expect(sitemap).not.toContain('/search/');
    const manifest = await (await request.get('/manifest.webmanifest')).json();
    expect(manifest.name).toBe('鹽城新聞');
    expect((await request.get(manifest.icons[0].src)).ok()).toBe(true);
  });
});
