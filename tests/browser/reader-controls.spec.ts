import { expect, test, type Page } from '@playwright/test';
import { slug } from '../support/seed.ts';

const article = (segment: string) => `/${segment}/${slug}/`;

async function choose(page: Page, settings: string, choice: string) {
  await page.getByRole('button', { name: settings }).click();
  await page
    .locator('.reader-settings label')
    .filter({ hasText: new RegExp(`^${choice}$`) })
    .click();
  await expect(page.getByRole('radio', { name: choice, exact: true })).toBeChecked();
  await page.keyboard.press('Escape');
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
test.describe('reader controls', () => {
  test('theme: follows the system, can be forced, survives a reload, and the first paint already has it', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(article('zh-hant'));
    const light = await background(page);
    await choose(page, '閱讀設定', '深色');
    const dark = await background(page);
    expect(dark).not.toBe(light);
    // Record the background at the first animation frame, which precedes the first paint.
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { firstFrame: string }).firstFrame = getComputedStyle(
          document.documentElement,
        ).backgroundColor;
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
    const { scrollWidth, clientWidth } = await body.evaluate((a) => ({
      scrollWidth: a.scrollWidth,
      clientWidth: a.clientWidth,
    }));
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
