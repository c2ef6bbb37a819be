import { expect, test } from '@playwright/test';
import { originOf } from '../support/sites.ts';

const fixtures = originOf('fixtures');

test.describe('an article written in Simplified script', () => {
  test('its Traditional page is derived from it, says so, and links back to the original', async ({ page }) => {
    await page.goto(`${fixtures}/zh-hant/simplified-source/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page.locator('h1')).toHaveText('社區幹部談頭髮與發展');
    await expect(page.locator('#p1')).toHaveText('社區幹部在理髮店裡談論頭髮和發展。');
    await expect(page.locator('#p2')).toHaveText('皇后的故事後來成了「紅色」話題，大家都說要幹一番事業。');
    await expect(page.locator('.conversion-note')).toContainText('本文由简体原文自動轉換。');
    await expect(page.locator('.conversion-note a')).toHaveAttribute('href', '/zh-hans/simplified-source/');
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld.inLanguage).toBe('zh-Hant');
    expect(ld.translationOfWork.inLanguage).toBe('zh-Hans');
  });

  test('its Simplified page is the original, with no conversion note, and search works from either', async ({
    page,
  }) => {
    await page.goto(`${fixtures}/zh-hans/simplified-source/`);
    await expect(page.locator('#p1')).toHaveText('社区干部在理发店里谈论头发和发展。');
    await expect(page.locator('.conversion-note')).toHaveCount(0);
    await page.goto(`${fixtures}/zh-hant/simplified-source/`);
    await page.keyboard.press('/');
    await page.keyboard.type('头发');
    const option = page.locator('.site-search__results [role="option"]');
    await expect(option).toHaveCount(1);
    await expect(option.locator('mark').first()).toHaveText('頭髮');
  });
});

test('in astro dev, the review page shows the source beside the derived text, choices, open ones and pins marked', async ({
  page,
}) => {
  await page.goto(`${originOf('dev')}/review/yancheng-social-work-conference/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Conversion review: content/articles/yancheng-social-work-conference.md',
  );
  const pinned = page.locator('mark.pinned');
  await expect(pinned).toHaveText(['着力']);
  await expect(pinned).toHaveAttribute('title', /著力 → 着力/);
  // 徵集 is no phrase of OpenCC's: its one-character default chose 征, an open choice; 於 is open too, 為 is no choice.
  const open = page.locator('mark.open', { hasText: '征' });
  await expect(open).toHaveAttribute('title', '徵 → 征 / 徵（open）');
  await expect(page.locator('mark.open')).toHaveText(['于', '于', '么', '计', '征', '于']);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['繁體 → 简体: 6 open']);
  expect(await page.locator('mark.converted').count()).toBeGreaterThan(100);
  await expect(page.locator('td[lang="zh-Hant"]').first()).toHaveText('幹字當頭履職盡責開拓進取');
  await expect(page.locator('td[lang="zh-Hans"]').first()).toHaveText('干字当头履职尽责开拓进取');
});

test('in astro dev, the review index lists each article with its open choices, and links each place', async ({
  page,
}) => {
  await page.goto(`${originOf('dev')}/review/`);
  const row = page.getByRole('row', { name: /yancheng-social-work-conference/ });
  await expect(row.getByRole('cell')).toHaveText([
    'yancheng-social-work-conference',
    'content/articles/yancheng-social-work-conference.md',
    '6',
  ]);
  await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText(
    /^於 → 于 \/ 於 \(into 简体\): 3 places in 1 article$/,
  );
  const place = page.getByRole('link', { name: 'yancheng-social-work-conference:17:197' });
  await expect(place).toHaveAttribute('href', '/review/yancheng-social-work-conference/#open-zh-hans-5');
  await place.click();
  await expect(page.locator('mark:target')).toHaveText('征');
});
