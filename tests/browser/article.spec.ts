import { expect, test } from '@playwright/test';

const slug = 'yancheng-social-work-conference';

test('the Traditional article reads in Traditional script', async ({ page }) => {
  await page.goto(`/zh-hant/${slug}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('h1')).toHaveText('奮力推動鹽城社會工作高質量發展');
  await expect(page.locator('.headline__kicker')).toHaveText('幹字當頭履職盡責開拓進取');
  await expect(page.locator('#p1')).toContainText('市委書記周斌出席並講話');
  await expect(page.locator('time')).toHaveText('2025年2月19日');
});

test('the Simplified article reads in Simplified script', async ({ page }) => {
  await page.goto(`/zh-hans/${slug}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('h1')).toHaveText('奋力推动盐城社会工作高质量发展');
  await expect(page.locator('#p1')).toContainText('市委书记周斌出席并讲话');
  await expect(page.locator('#p5')).toContainText('“政治坚定、素质优良、心系群众、服务社会、作风过硬”');
});
