import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/page-quality.ts';
import { slug } from '../support/seed.ts';
import { choose } from '../support/reader-settings.ts';

const article = (segment: string) => `/${segment}/${slug}/`;
const HAN = /\p{Script=Han}/u;

/** Han characters of the headline block and text that are not the base of a reading, and the readings shown. */
const coverage = (page: Page) =>
  page.evaluate(() => {
    const han = /\p{Script=Han}/u;
    let bare = 0;
    for (const block of document.querySelectorAll('.headline, .article__body')) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        if (node.parentElement!.closest('rt, rp, figure')) continue;
        const inRuby = node.parentElement!.closest('ruby.reading');
        if (!inRuby) bare += [...node.data].filter((ch) => han.test(ch)).length;
      }
    }
    const readings = [...document.querySelectorAll('ruby.reading > rt')].map((rt) => rt.textContent ?? '');
    return { bare, readings };
  });

test.describe('the reading aid', () => {
  test('off by default: no readings fetched, no ruby, nothing loaded for it', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(article('zh-hant'));
    await page.waitForLoadState('load');
    expect(await page.locator('ruby').count()).toBe(0);
    expect(requests.filter((u) => /readings\.json|reading-aid/.test(u))).toEqual([]);
  });

  for (const [segment, settings, legend, on, system, pattern] of [
    ['zh-hant', '閱讀設定', '標音', '開', 'zhuyin', /^˙?[\u3105-\u312f]+[ˊˇˋ]?$/u],
    ['zh-hans', '阅读设置', '标音', '开', 'pinyin', /^[a-zü\u0300-\u036f\u00e0-\u01dc]+$/u],
  ] as const) {
    test(`${segment}: on shows ${system} over every Han character of headline and text; off restores the page exactly`, async ({
      page,
    }) => {
      await page.goto(article(segment));
      // Over a thousand rubies, then axe over them: 20–30 s on a busy two-core machine.
      test.setTimeout(90_000);
      const before = await page.locator('main').innerHTML();
      const header = await page.locator('.site-header').boundingBox();
      const box = await page.locator('.article').boundingBox();
      await choose(page, settings, on, legend);
      await expect(page.locator('ruby.reading').first()).toBeVisible();
      const { bare, readings } = await coverage(page);
      expect(bare).toBe(0);
      expect(readings.length).toBeGreaterThan(1000);
      expect(readings.filter((r) => !pattern.test(r.normalize('NFD').normalize('NFC')))).toEqual([]);
      await expect(page.locator('ruby.reading rp')).toHaveCount(readings.length * 2);
      // No shift outside the article: the header and the article's own box across the page stay put.
      expect(await page.locator('.site-header').boundingBox()).toEqual(header);
      const after = (await page.locator('.article').boundingBox())!;
      expect([after.x, after.width]).toEqual([box!.x, box!.width]);
      expect(await axeViolations(page)).toEqual([]);
      await choose(page, settings, segment === 'zh-hant' ? '關' : '关', legend);
      await expect(page.locator('ruby')).toHaveCount(0);
      expect(await page.locator('main').innerHTML()).toBe(before);
    });
  }

  test('the reader may pick either system: 拼音 over Traditional, kept in Simplified, then 注音 over Simplified', async ({
    page,
  }) => {
    await page.goto(article('zh-hant'));
    // The page offers 開 alone; the aid's code adds 關, 拼音 and 注音 once it is on.
    await expect(page.locator('.reader-settings input[name=reading]')).toHaveCount(1);
    await choose(page, '閱讀設定', '開', '標音');
    await expect(page.locator('.reader-settings input[name=reading]')).toHaveCount(4);
    await choose(page, '閱讀設定', '拼音', '標音');
    await expect(page.locator('.headline__title rt').first()).toHaveText('fèn');
    // A system chosen by name holds in both scripts.
    await page.goto(article('zh-hans'));
    await expect(page.locator('.headline__title rt').first()).toHaveText('fèn');
    await choose(page, '阅读设置', '注音', '标音');
    await expect(page.locator('.headline__title rt').first()).toHaveText('ㄈㄣˋ');
  });

  test('when the readings cannot load, the aid is off and can be chosen again, and then shows', async ({ page }) => {
    await page.route('**/readings.json', (route) => route.abort());
    await page.goto(article('zh-hant'));
    await page.getByRole('button', { name: '閱讀設定' }).click();
    const on = page.getByRole('group', { name: '標音' }).getByRole('radio', { name: '開', exact: true });
    await page.getByRole('group', { name: '標音' }).locator('label').filter({ hasText: /^開$/ }).click();
    await expect(on).not.toBeChecked();
    expect(await page.locator('ruby').count()).toBe(0);
    await page.unroute('**/readings.json');
    await page.getByRole('group', { name: '標音' }).locator('label').filter({ hasText: /^開$/ }).click();
    await expect(page.locator('#p1 ruby.reading').first()).toBeVisible();
    await expect(
      page.getByRole('group', { name: '標音' }).getByRole('radio', { name: '關', exact: true }),
    ).toBeVisible();
  });

  test('readings in context: 會計 kuài, 回應 yìng, 協調 tiáo, 部長 zhǎng', async ({ page }) => {
    await page.goto(article('zh-hant'));
    await choose(page, '閱讀設定', '開', '標音');
    await choose(page, '閱讀設定', '拼音', '標音');
    await expect(page.locator('ruby.reading').first()).toBeVisible();
    const text = await page
      .locator('.article__body')
      .evaluate((body) =>
        [...body.querySelectorAll('ruby.reading')]
          .map((r) => `${r.firstChild!.textContent}${r.querySelector('rt')!.textContent}`)
          .join(' '),
      );
    for (const pair of ['會kuài 計jì', '回huí 應yìng', '協xié 調tiáo', '部bù 長zhǎng']) expect(text).toContain(pair);
  });

  test('survives a reload and a script switch, and keeps the paragraph being read in place', async ({ page }) => {
    await page.goto(article('zh-hant'));
    await page.locator('#p4').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 200));
    const top = () => page.locator('#p4').evaluate((p) => p.getBoundingClientRect().top);
    const where = await top();
    await choose(page, '閱讀設定', '開', '標音');
    await expect(page.locator('ruby.reading').first()).toBeAttached();
    expect(Math.abs((await top()) - where)).toBeLessThan(2);
    await page.reload();
    await expect(page.locator('ruby.reading rt').first()).toHaveText(/^[\u3105-\u312f]/u);
    await page.getByRole('link', { name: '简体' }).click();
    await expect(page).toHaveURL(/\/zh-hans\//);
    await expect(page.locator('ruby.reading rt').first()).toHaveText('gàn');
  });

  test('直排 shows it, 注音 on the right of each character', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 800 });
    await page.goto(article('zh-hant'));
    await choose(page, '閱讀設定', '直排', '排版');
    await choose(page, '閱讀設定', '開', '標音');
    const ruby = page.locator('.article__body ruby.reading').first();
    await expect(ruby).toBeVisible();
    const [base, rt] = await ruby.evaluate((r) => {
      const range = document.createRange();
      range.selectNodeContents(r.firstChild!);
      return [range.getBoundingClientRect().toJSON(), r.querySelector('rt')!.getBoundingClientRect().toJSON()];
    });
    // To the right: its middle right of the character's, and level with it down the column.
    expect(rt.left + rt.width / 2).toBeGreaterThan(base.left + (base.width * 3) / 4);
    expect(rt.right).toBeGreaterThan(base.right);
    expect(Math.abs(rt.top + rt.height / 2 - (base.top + base.height / 2))).toBeLessThan(base.height / 2);
  });

  test('copying copies the characters only, and a search arrival still marks the right characters', async ({
    page,
  }) => {
    await page.goto(`${article('zh-hant')}?highlight=${encodeURIComponent('社會工作')}`);
    await choose(page, '閱讀設定', '開', '標音');
    await expect(page.locator('ruby.reading').first()).toBeAttached();
    const copied = await page.locator('#p1').evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    expect(copied).toContain('市委社會工作會議召開');
    expect(copied).not.toMatch(/[\u3105-\u312f]/u);
    const marked = await page
      .locator('mark.search-mark')
      .first()
      .evaluate((mark) => {
        const clone = mark.cloneNode(true) as Element;
        clone.querySelectorAll('rt, rp').forEach((n) => n.remove());
        return clone.textContent;
      });
    expect(marked).toBe('社會工作');
    expect(HAN.test(marked!)).toBe(true);
  });
});
