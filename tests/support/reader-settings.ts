/** Choosing a reader setting as a reader does, for the browser tests. Runs in Node (Playwright). */
import { expect, type Page } from '@playwright/test';

/** Opens the reader settings (the button named `settings`), clicks `choice` (in the group named `legend`, if given), checks it took, closes them. */
export async function choose(page: Page, settings: string, choice: string, legend?: string): Promise<void> {
  await page.getByRole('button', { name: settings }).click();
  const scope = legend ? page.getByRole('group', { name: legend }) : page.locator('.reader-settings');
  await scope
    .locator('label')
    .filter({ hasText: new RegExp(`^${choice}$`) })
    .click();
  await expect((legend ? scope : page).getByRole('radio', { name: choice, exact: true })).toBeChecked();
  await page.keyboard.press('Escape');
}
