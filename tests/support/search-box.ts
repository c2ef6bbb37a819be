/** The header search box as a reader uses it, for browser tests. Runs in Node (Playwright tests). */
import { expect, type Page } from '@playwright/test';

/** Types a query into the header search box and waits for its results. */
export async function searchFor(page: Page, query: string) {
  const input = page.getByRole('searchbox').or(page.getByRole('combobox')).first();
  await input.fill('');
  await expect(page.locator('.site-search__status')).toHaveText('');
  await input.fill(query);
  await expect(page.locator('.site-search__status')).toHaveText(/找到|没有结果|沒有結果/);
  return page.locator('.site-search__results [role="option"]');
}
