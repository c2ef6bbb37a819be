import { expect, test } from '@playwright/test';
import { allPages } from '../support/pages.ts';
import { slug } from '../support/seed.ts';
import { axeViolations } from '../support/page-quality.ts';
import { originOf } from '../support/sites.ts';
import { ANY_SEGMENT } from '../support/pages.ts';

const pages = allPages();

test('the sitemap lists the pages of both variants', () => {
  expect(pages).toEqual(
    expect.arrayContaining(['/', '/zh-hant/', '/zh-hans/', `/zh-hant/${slug}/`, `/zh-hans/${slug}/`]),
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`accessibility: no axe violations on any page (${colorScheme})`, async ({ page }) => {
    // A few seconds of axe per page, on every page the site has.
    test.setTimeout(pages.length * 10_000);
    await page.emulateMedia({ colorScheme });
    for (const path of pages) {
      await page.goto(path);
      if (path === '/') await page.waitForURL(new RegExp(`/${ANY_SEGMENT}/$`));
      expect(await axeViolations(page), path).toEqual([]);
    }
  });

  test(`accessibility: no axe violations with search and reader settings open (${colorScheme})`, async ({ page }) => {
    // Four axe runs, each several seconds on a busy two-core machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    for (const segment of ['zh-hant', 'zh-hans']) {
      await page.goto(`/${segment}/${slug}/`);
      await page.keyboard.press('/');
      await page.keyboard.type('社會工作');
      await expect(page.locator('.site-search__results [role="option"]')).toHaveCount(1);
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page), `${segment} search`).toEqual([]);
      await page.keyboard.press('Escape');
      await page.locator('.reader-controls__toggle').click();
      expect(await axeViolations(page), `${segment} reader settings`).toEqual([]);
    }
  });
}

test('keyboard: the first Tab reaches a skip link to the article, and every control shows its focus', async ({
  page,
}) => {
  await page.goto(`/zh-hant/${slug}/`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await page.goto(`/zh-hant/${slug}/`);
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      // The focus ring is on the element, or on the search form around the input.
      const ringOn = el.closest('form') && el.matches('input') ? el.closest('form')! : el;
      const style = getComputedStyle(ringOn);
      return {
        name: `${el.tagName} ${el.getAttribute('href') ?? el.getAttribute('name') ?? el.className}`,
        visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (focused.name.startsWith('BODY')) break;
    expect(focused.visible, `focus ring on ${focused.name}`).toBe(true);
    seen.add(focused.name);
  }
  const reached = [...seen].join('\n');
  for (const control of ['INPUT q', 'BUTTON reader-controls__toggle', `A /zh-hans/${slug}/`, 'A #p1', 'A #p7']) {
    expect(reached).toContain(control);
  }
});

test('no CSP violations, console errors or requests to other hosts while reading, searching and using every control', async ({
  page,
  baseURL,
}) => {
  // Every page of the site is read to its last request.
  test.setTimeout(30_000 + pages.length * 2_000);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== new URL(baseURL!).origin && !r.url().startsWith('data:'))
      problems.push(`request to ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  for (const path of pages) {
    await page.goto(path);
    if (path === '/') await page.waitForURL(new RegExp(`/${ANY_SEGMENT}/$`));
    await page.waitForLoadState('networkidle');
  }
  for (const segment of ['zh-hant', 'zh-hans']) {
    await page.goto(`/${segment}/${slug}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('楓橋經驗');
    await expect(page.locator('.site-search__results [role="option"]')).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('mark.search-mark').first()).toBeVisible();
    await page.locator('.reader-controls__toggle').click();
    for (const label of await page.locator('.reader-settings label').all()) await label.click();
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: segment === 'zh-hant' ? '简体' : '繁體' }).click();
    await page.waitForLoadState('networkidle');
  }
  expect(problems).toEqual([]);
});

test('raw HTML in Markdown cannot run script: the CSP blocks it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
  await page.goto(`${originOf('fixtures')}/zh-hant/raw-html/`);
  await expect(page.locator('#p1')).toContainText('第一段文字。');
  await page.getByText('第二段文字。').click();
  expect(await page.evaluate(() => (window as unknown as { rawHtmlRan?: boolean }).rawHtmlRan)).toBeUndefined();
  await expect(page).not.toHaveTitle('hacked');
  expect(violations.length).toBeGreaterThanOrEqual(3);
});
