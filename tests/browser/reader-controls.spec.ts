import { expect, test, type Page } from '@playwright/test';
import { slug } from '../support/seed.ts';
import { choose } from '../support/reader-settings.ts';

const article = (segment: string) => `/${segment}/${slug}/`;

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
    // The load event can come before the first frame on a busy machine: wait for the frame, then compare.
    const firstFrame = await page.waitForFunction(() => (window as unknown as { firstFrame?: string }).firstFrame);
    expect(await firstFrame.jsonValue()).toBe(dark);
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

  // How Latin and digits stand in 直排 is read in reading-place.spec.ts, on articles that have them.
  test('vertical writing: columns right to left, nothing clipped, and a way back', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(article('zh-hant'));
    await choose(page, '閱讀設定', '直排');
    const body = page.locator('.article');
    await expect(body).toHaveCSS('writing-mode', 'vertical-rl');
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

  test('特大 scales the whole article: headline, kicker, subtitle, dateline and note grow with the text', async ({
    page,
  }) => {
    await page.goto(article('zh-hans'));
    const parts = ['h1', '.headline__kicker', '.headline__subtitle', '.dateline', '.conversion-note', '#p1'];
    const sizes = () =>
      Promise.all(parts.map((s) => page.locator(s).evaluate((e) => parseFloat(getComputedStyle(e).fontSize))));
    const medium = await sizes();
    await choose(page, '阅读设置', '特大');
    const large = await sizes();
    for (const [i, part] of parts.entries()) expect(large[i]! / medium[i]!, part).toBeCloseTo(23 / 18, 2);
  });

  test('直排 reads with the keyboard, a swipe and the progress bar, all along the article’s own direction', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(article('zh-hant'));
    await page.evaluate(() => localStorage.setItem('reader-settings', JSON.stringify({ writing: 'vertical' })));
    await page.reload();
    const body = page.locator('.article');
    await expect(body).toHaveCSS('writing-mode', 'vertical-rl');
    // The page is exactly the screen: nothing to scroll but the article.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(768);
    const scrolled = () => body.evaluate((a) => Math.round(-a.scrollLeft));
    const progress = () =>
      page.locator('.reading-progress').evaluate((bar) => new DOMMatrix(getComputedStyle(bar).transform).a);
    expect(await progress()).toBeLessThan(0.05);
    await page.locator('#p1').click();
    for (const key of ['ArrowLeft', 'ArrowDown', 'PageDown', 'Space']) {
      await page.keyboard.press('Home');
      await expect.poll(scrolled).toBeLessThanOrEqual(1);
      await page.keyboard.press(key);
      await expect.poll(scrolled, { message: key }).toBeGreaterThan(20);
    }
    await page.keyboard.press('End');
    const end = await body.evaluate((a) => a.scrollWidth - a.clientWidth);
    await expect.poll(scrolled).toBeGreaterThanOrEqual(end - 1);
    await expect(page.locator('#p7')).toBeInViewport();
    await expect.poll(progress).toBeGreaterThan(0.95);
    await page.keyboard.press('Home');
    await expect.poll(scrolled).toBeLessThanOrEqual(1);
    await expect.poll(progress).toBeLessThan(0.05);
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    test('a vertical swipe in 直排 moves the article, not the page', async ({ page }) => {
      await page.goto(article('zh-hans'));
      await page.evaluate(() => localStorage.setItem('reader-settings', JSON.stringify({ writing: 'vertical' })));
      await page.reload();
      await expect(page.locator('.article')).toHaveCSS('writing-mode', 'vertical-rl');
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(740);
      const cdp = await page.context().newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: type === 'touchEnd' ? [] : [{ x: 180, y }],
        });
      await touch('touchStart', 600);
      for (let y = 580; y >= 300; y -= 20) await touch('touchMove', y);
      await touch('touchEnd', 300);
      await expect.poll(() => page.locator('.article').evaluate((a) => -a.scrollLeft)).toBeGreaterThan(200);
      expect(await page.evaluate(() => scrollY)).toBe(0);
    });
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
