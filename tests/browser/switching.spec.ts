import { expect, test, type Page } from '@playwright/test';
import { slug } from '../support/seed.ts';

/** Scrolls to the middle of paragraph 3, its first lines under the header; returns where its start is on screen. */
function readIntoP3(page: Page): Promise<number> {
  return page.locator('#p3').evaluate((p) => {
    p.scrollIntoView();
    window.scrollBy(0, 60);
    return p.getBoundingClientRect().top;
  });
}

test.describe('switching script', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('keeps the paragraph in view where it was on screen, and the switch stays in reach', async ({ page }) => {
    await page.goto(`/zh-hant/${slug}/`);
    const before = await readIntoP3(page);
    const link = page.getByRole('link', { name: '简体' });
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page).toHaveURL(`/zh-hans/${slug}/#p3`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    // Scroll positions are whole pixels: the paragraph returns to within one of where it was.
    await expect
      .poll(() => page.locator('#p3').evaluate((p, before) => Math.abs(p.getBoundingClientRect().top - before), before))
      .toBeLessThan(1);
    await expect(page.locator('#p3')).toContainText('注入“红色动能”');
    // A switch keeps the place; it does not tint the paragraph as a permalink would.
    await expect(page.locator('#p3')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  });

  test('after arriving from a search, a switch keeps the paragraph being read; it does not go to the first mark', async ({
    page,
  }) => {
    await page.goto(`/zh-hant/${slug}/?highlight=${encodeURIComponent('社會工作')}`);
    await expect(page.locator('mark.search-mark').first()).toBeAttached();
    const before = await readIntoP3(page);
    await page.getByRole('link', { name: '简体' }).click();
    await expect(page).toHaveURL(`/zh-hans/${slug}/?highlight=${encodeURIComponent('社會工作')}#p3`);
    // The words are marked in the new script too, and the paragraph stays where it was on screen.
    await expect(page.locator('mark.search-mark').first()).toBeAttached();
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(Math.abs((await page.locator('#p3').evaluate((p) => p.getBoundingClientRect().top)) - before)).toBeLessThan(
      1,
    );
  });

  test('the paragraph being read is chosen, not one whose last line still shows above it', async ({ page }) => {
    await page.goto(`/zh-hant/${slug}/`);
    // p3's last two lines stay in view under the header, p4 fills the rest of the screen.
    await page.locator('#p4').evaluate((p) => {
      const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
      window.scrollBy(0, p.getBoundingClientRect().top - header - 2 * parseFloat(getComputedStyle(p).lineHeight));
    });
    await expect(page.locator('#p3')).toBeInViewport();
    // As on a slow phone, the permalink below is followed before the new page's scripts have loaded.
    await page.route('**/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.continue();
    });
    await page.getByRole('link', { name: '简体' }).click();
    await expect(page).toHaveURL(`/zh-hans/${slug}/#p4`);
    await expect(page.locator('#p4')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    // A permalink followed afterwards is tinted as ever.
    await page.locator('#p5 a.permalink').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/zh-hans/${slug}/#p5`);
    await expect(page.locator('#p5')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  });

  test('in vertical writing too, the paragraph in view keeps its place', async ({ page }) => {
    await page.goto(`/zh-hant/${slug}/`);
    await page.evaluate(() => localStorage.setItem('reader-settings', JSON.stringify({ writing: 'vertical' })));
    await page.reload();
    await expect(page.locator('.article')).toHaveCSS('writing-mode', 'vertical-rl');
    const edge = (selector: string) =>
      page
        .locator(selector)
        .evaluate((p) =>
          Math.round(
            document.querySelector('.article')!.getBoundingClientRect().right - p.getBoundingClientRect().right,
          ),
        );
    await page.locator('#p3').evaluate((p) => {
      p.scrollIntoView({ inline: 'start', block: 'start' });
      document.querySelector('.article')!.scrollBy(-80, 0);
    });
    const before = await edge('#p3');
    await page.getByRole('link', { name: '简体' }).click();
    await expect(page).toHaveURL(`/zh-hans/${slug}/#p3`);
    await expect(page.locator('.article')).toHaveCSS('writing-mode', 'vertical-rl');
    await expect.poll(() => edge('#p3')).toBe(before);
  });

  test('the switch is a real link to the same page in the other script, labelled in its own script', async ({
    page,
  }) => {
    await page.goto(`/zh-hans/${slug}/`);
    const link = page.getByRole('link', { name: '繁體' });
    await expect(link).toHaveAttribute('href', `/zh-hant/${slug}/`);
    await expect(link).toHaveAttribute('hreflang', 'zh-Hant');
    await expect(link).toHaveAttribute('lang', 'zh-Hant');
    await page.goto('/zh-hant/');
    await expect(page.getByRole('link', { name: '简体' })).toHaveAttribute('href', '/zh-hans/');
  });
});

test.describe('the root page', () => {
  for (const [locale, segment] of [
    ['zh-TW', 'zh-hant'],
    ['zh-HK', 'zh-hant'],
    ['zh-CN', 'zh-hans'],
    ['en-US', 'zh-hant'],
  ] as const) {
    test.describe(`with browser language ${locale}`, () => {
      test.use({ locale });
      test(`leads to /${segment}/`, async ({ page }) => {
        await page.goto('/');
        await expect(page).toHaveURL(`/${segment}/`);
      });
    });
  }

  test.describe('with a remembered choice', () => {
    test.use({ locale: 'zh-TW' });
    test('the choice made on the switch wins over the browser language, and explicit URLs never redirect', async ({
      page,
    }) => {
      await page.goto(`/zh-hant/${slug}/`);
      await page.getByRole('link', { name: '简体' }).click();
      await expect(page).toHaveURL(`/zh-hans/${slug}/`);
      await page.goto('/');
      await expect(page).toHaveURL('/zh-hans/');
      await page.goto('/zh-hant/');
      await page.waitForLoadState('load');
      await expect(page).toHaveURL('/zh-hant/');
    });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the root offers both scripts, and a reader reads and switches', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('link', { name: /繁體/ })).toHaveAttribute('href', '/zh-hant/');
    await page.getByRole('link', { name: /简体/ }).click();
    await expect(page).toHaveURL('/zh-hans/');
    await page.locator('.teaser a').first().click();
    await expect(page.locator('#p1')).toContainText('市委书记周斌出席并讲话');
    await page.getByRole('link', { name: '繁體' }).click();
    await expect(page).toHaveURL(`/zh-hant/${slug}/`);
    await expect(page.locator('#p1')).toContainText('市委書記周斌出席並講話');
  });
});
