import { expect, test, type Page } from '@playwright/test';
import * as OpenCC from 'opencc-js';
import { repairedSeed, simplifiedSeed, slug } from '../support/seed.ts';
import { BUILT_ORIGIN } from '../support/sites.ts';

/** Text of the page that is in the page's own language (the switch labels the other script in its own). */
async function textInPageLanguage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const owner = node.parentElement!;
      if (owner.closest('script, style')) continue;
      if (owner.closest('[lang]')?.getAttribute('lang') === lang || !owner.closest('[lang]'))
        parts.push(node.textContent ?? '');
    }
    return parts.join('\n');
  });
}

test.describe('the article in each script', () => {
  test('Traditional: the repaired seed, with its headline block and date', async ({ page }) => {
    await page.goto(`/zh-hant/${slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('.headline__kicker')).toHaveText(repairedSeed[0]!);
    await expect(page.locator('h1')).toHaveText(repairedSeed[1]!);
    await expect(page.locator('.headline__subtitle')).toHaveText(repairedSeed[2]!);
    await expect(page.locator('.dateline time')).toHaveText('2025年2月19日');
    await expect(page.locator('.dateline')).toContainText('鹽城');
    await expect(page.locator('.article__body p')).toHaveText(repairedSeed.slice(3));
    await expect(page).toHaveTitle(/奮力推動鹽城社會工作高質量發展/);
  });

  test('Simplified: the golden conversion, with mainland quotation marks', async ({ page }) => {
    await page.goto(`/zh-hans/${slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('h1')).toHaveText('奋力推动盐城社会工作高质量发展');
    await expect(page.locator('.headline__kicker')).toHaveText('干字当头履职尽责开拓进取');
    await expect(page.locator('.article__body p')).toHaveText(simplifiedSeed.slice(3));
    await expect(page.locator('#p3')).toContainText('注入“红色动能”');
  });

  test('every Simplified page has no character OpenCC would still convert', async ({ page }) => {
    const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
    for (const path of ['/zh-hans/', `/zh-hans/${slug}/`]) {
      await page.goto(path);
      const text = await textInPageLanguage(page);
      expect(text.length).toBeGreaterThan(20);
      expect(t2s(text), path).toBe(text);
      expect(text, path).not.toMatch(/[「」『』]/);
    }
  });

  test('paragraph ids are the same in both scripts', async ({ page }) => {
    const ids = async (path: string) => {
      await page.goto(path);
      return page.locator('.article__body p').evaluateAll((ps) => ps.map((p) => p.id));
    };
    const hant = await ids(`/zh-hant/${slug}/`);
    expect(hant).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
    expect(await ids(`/zh-hans/${slug}/`)).toEqual(hant);
  });

  test('front pages list the article with headline, date and first sentence', async ({ page }) => {
    await page.goto('/zh-hant/');
    const teaser = page.locator('.teaser').first();
    await expect(teaser.getByRole('link', { name: repairedSeed[1]! })).toHaveAttribute('href', `/zh-hant/${slug}/`);
    await expect(teaser.locator('time')).toHaveText('2025年2月19日');
    await expect(teaser.locator('.teaser__excerpt')).toHaveText('2月19日，市委社會工作會議召開。');
    await page.goto('/zh-hans/');
    await expect(page.locator('.teaser__excerpt').first()).toHaveText('2月19日，市委社会工作会议召开。');
    await page.locator('.teaser a').first().click();
    await expect(page).toHaveURL(`/zh-hans/${slug}/`);
  });

  test('every page has a canonical link to itself and hreflang alternates', async ({ request }) => {
    // The served HTML, not the page after the root's redirect.
    for (const path of ['/', '/zh-hant/', '/zh-hans/', `/zh-hant/${slug}/`, `/zh-hans/${slug}/`]) {
      const response = await request.get(path);
      const html = await response.text();
      expect(html, path).toContain(`<link rel="canonical" href="${BUILT_ORIGIN}${path}">`);
      expect(html, path).toContain(`hreflang="x-default" href="${BUILT_ORIGIN}/"`);
      if (path !== '/') {
        const rest = path.slice('/zh-hant'.length);
        expect(html, path).toContain(`hreflang="zh-Hant" href="${BUILT_ORIGIN}/zh-hant${rest}"`);
        expect(html, path).toContain(`hreflang="zh-Hans" href="${BUILT_ORIGIN}/zh-hans${rest}"`);
      }
    }
  });

  test('an unknown address shows the 404 page in both scripts', async ({ page }) => {
    const response = await page.goto('/zh-hant/no-such-article/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toContainText('找不到這個頁面');
    await expect(page.locator('h1')).toContainText('找不到这个页面');
    await expect(page.getByRole('link', { name: /回到首頁/ })).toHaveAttribute('href', '/zh-hant/');
    await expect(page.getByRole('link', { name: /回到首页/ })).toHaveAttribute('href', '/zh-hans/');
    // It has no address of its own: no canonical link, and search engines keep it out.
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });
});
