import { expect, test } from '@playwright/test';
import { slug } from '../support/seed.ts';
import { originOf } from '../support/sites.ts';

const origin = originOf('basePath');

test('under a base path every link, asset, the switch and search work', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${origin}/news/`);
  await expect(page).toHaveURL(`${origin}/news/zh-hant/`);
  await page.locator('.teaser a').first().click();
  await expect(page).toHaveURL(`${origin}/news/zh-hant/${slug}/`);
  await expect(page.locator('.article__body')).toHaveCSS('text-align', 'justify'); // the stylesheet loaded
  await page.getByRole('link', { name: '简体' }).click();
  await expect(page).toHaveURL(`${origin}/news/zh-hans/${slug}/`);
  await page.keyboard.press('/');
  await page.keyboard.type('楓橋經驗');
  const option = page.locator('.site-search__results [role="option"]');
  await expect(option).toHaveCount(1);
  await expect(option).toHaveAttribute('data-href', new RegExp(`^/news/zh-hans/${slug}/\\?highlight=`));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('mark.search-mark')).toHaveText('枫桥经验');
  await page.goto(`${origin}/news/zh-hans/search/?q=${encodeURIComponent('周斌')}`);
  await expect(page.locator('.search-page__results .search-hit')).toHaveCount(1);
  await page.getByRole('link', { name: '盐城新闻' }).click();
  await expect(page).toHaveURL(`${origin}/news/zh-hans/`);
  expect(failed).toEqual([]);
});
