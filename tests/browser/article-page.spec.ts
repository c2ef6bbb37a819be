import { expect, test } from '@playwright/test';
import { slug } from '../support/seed.ts';
import { BUILT_ORIGIN } from '../support/sites.ts';

const article = (segment: string) => `/${segment}/${slug}/`;
test.describe('on the article page', () => {
  test('reading time and a progress bar that follows the scroll', async ({ page }) => {
    await page.goto(article('zh-hant'));
    await expect(page.locator('.dateline')).toContainText('約 3 分鐘讀完');
    const scale = () =>
      page.locator('.reading-progress').evaluate((bar) => new DOMMatrix(getComputedStyle(bar).transform).a);
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

  test('the Simplified page says it was converted and links to the original at the same paragraph', async ({
    page,
  }) => {
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
    await expect(page.locator('.print-url')).toHaveText(`${BUILT_ORIGIN}${article('zh-hant')}`);
    await expect(page.locator('.print-url')).toBeVisible();
  });
});
