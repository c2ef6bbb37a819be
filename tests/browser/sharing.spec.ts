import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { axeViolations, htmlValidator } from '../support/page-quality.ts';
import { slug } from '../support/seed.ts';
import { layoutShifts, recordLayoutShifts } from '../support/layout-shifts.ts';
import { BUILT_ORIGIN } from '../support/sites.ts';
import { serve } from '../support/static-server.ts';

const article = (segment: string) => `/${segment}/${slug}/`;

/** The QR code on the page, drawn into pixels in the browser and read by jsQR. */
async function readQr(page: Page): Promise<string | undefined> {
  const image = await page.locator('svg.share-sheet__qr').evaluate(async (svg) => {
    const picture = new Image();
    picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 164;
    const context = canvas.getContext('2d')!;
    context.drawImage(picture, 0, 0, 164, 164);
    return [...context.getImageData(0, 0, 164, 164).data];
  });
  return jsQR(Uint8ClampedArray.from(image), 164, 164)?.data;
}

test.describe('sharing an article', () => {
  for (const [segment, label, weibo] of [
    ['zh-hant', '分享', '分享到微博'],
    ['zh-hans', '分享', '分享到微博'],
  ] as const) {
    test(`the share page: its QR code reads as the article's address, Weibo gets it too (${segment})`, async ({
      page,
    }) => {
      await page.goto(article(segment));
      await page.getByRole('link', { name: label, exact: true }).click();
      // The link carries the paragraph in view, if the reader had scrolled to one.
      await expect(page).toHaveURL(new RegExp(`${article(segment)}share/(#p\\d)?$`));
      const url = `${BUILT_ORIGIN}${article(segment)}`;
      expect(await readQr(page)).toBe(url);
      await expect(page.getByRole('img', { name: /二維碼|二维码/ })).toBeVisible();
      const share = new URL((await page.getByRole('link', { name: weibo }).getAttribute('href'))!);
      expect(share.origin).toBe('https://service.weibo.com');
      expect(share.searchParams.get('url')).toBe(url);
      expect(share.searchParams.get('title')).toBe(await page.locator('.share-sheet__article').innerText());
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    });
  }

  test('copy the link, to the paragraph being read, from the keyboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(article('zh-hans'));
    await page.locator('#p4').evaluate((p) => p.scrollIntoView());
    const link = page.getByRole('link', { name: '分享', exact: true });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${article('zh-hans')}share/#p4`);
    const withParagraph = page.getByRole('checkbox', { name: '链接到正在读的段落' });
    await expect(withParagraph).toBeChecked();
    await page.getByRole('button', { name: '复制链接' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${BUILT_ORIGIN}${article('zh-hans')}#p4`);
    await withParagraph.uncheck();
    await page.getByRole('button', { name: '复制链接' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${BUILT_ORIGIN}${article('zh-hans')}`);
  });

  test('the QR code gives the address the field shows: to the paragraph, or the article', async ({ page }) => {
    await page.goto(`${article('zh-hant')}share/#p4`);
    const field = page.getByRole('textbox', { name: '本文網址' });
    await expect(field).toHaveValue(`${BUILT_ORIGIN}${article('zh-hant')}#p4`);
    await expect.poll(() => readQr(page)).toBe(`${BUILT_ORIGIN}${article('zh-hant')}#p4`);
    await page.getByRole('checkbox', { name: '連到正在讀的段落' }).uncheck();
    await expect(field).toHaveValue(`${BUILT_ORIGIN}${article('zh-hant')}`);
    await expect.poll(() => readQr(page)).toBe(`${BUILT_ORIGIN}${article('zh-hant')}`);
  });

  test('nothing moves while the share page and the article load, even with their scripts late', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    // Late scripts, as on a slow phone: the page is drawn before the buttons and the 字 control appear.
    await page.route('**/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await recordLayoutShifts(page);
    for (const [path, shown] of [
      [`${article('zh-hans')}share/#p4`, page.getByRole('checkbox', { name: '链接到正在读的段落' })],
      [`${article('zh-hant')}share/`, page.getByRole('button', { name: '複製連結' })],
      [article('zh-hant'), page.getByRole('button', { name: '閱讀設定' })],
    ] as const) {
      await page.goto(path);
      await expect(shown).toBeVisible();
      expect(await layoutShifts(page), path).toEqual([]);
    }
  });

  test('nothing moves when the page arrives in two parts, as on a slow network: no frame shows half a header', async ({
    page,
  }) => {
    // dist/ again, each page's HTML paused for a second after the header's search box; the controls come after it.
    const slow = await serve('dist', 0, { after: '</form>', ms: 1000 });
    try {
      await recordLayoutShifts(page);
      for (const width of [320, 412, 1024]) {
        await page.setViewportSize({ width, height: 740 });
        for (const path of [article('zh-hant'), '/zh-hans/']) {
          await page.goto(`${slow.origin}${path}`);
          await expect(page.getByRole('contentinfo')).toBeVisible();
          expect(await layoutShifts(page), `${path} at ${width} px`).toEqual([]);
        }
      }
    } finally {
      await slow.close();
    }
  });

  test('the system share sheet, where the browser has one', async ({ page }) => {
    await page.addInitScript(() => {
      // Headless Chromium has no share sheet: record what the page would hand it.
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
          return Promise.resolve();
        },
      });
    });
    await page.goto(`${article('zh-hant')}share/`);
    await page.getByRole('button', { name: '其他分享方式…' }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
      title: '奮力推動鹽城社會工作高質量發展',
      url: `${BUILT_ORIGIN}${article('zh-hant')}`,
    });
  });

  test('the share card: a 1200 × 630 PNG per article and script, named in og:image', async ({ page, request }) => {
    for (const segment of ['zh-hant', 'zh-hans']) {
      await page.goto(article(segment));
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image).toBe(`${BUILT_ORIGIN}${article(segment)}card.png`);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
      const png = await (await request.get(new URL(image!).pathname)).body();
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  test('og:title is the headline alone; JSON-LD keeps kicker and subtitle apart', async ({ page }) => {
    await page.goto(article('zh-hant'));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      '奮力推動鹽城社會工作高質量發展',
    );
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld.alternativeHeadline).toEqual(['幹字當頭履職盡責開拓進取', '吳煒主持']);
  });

  test('the share page passes axe in light and dark, and html-validate', async ({ page, request }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${article('zh-hant')}share/#p2`);
      await expect(page.getByRole('button', { name: '複製連結' })).toBeVisible();
      expect(await axeViolations(page), scheme).toEqual([]);
    }
    const html = await (await request.get(`${article('zh-hans')}share/`)).text();
    const report = await htmlValidator().validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the share page still gives the address, Weibo and the QR code', async ({ page }) => {
      await page.goto(article('zh-hant'));
      await page.getByRole('link', { name: '分享', exact: true }).click();
      await expect(page.getByRole('textbox', { name: '本文網址' })).toHaveValue(`${BUILT_ORIGIN}${article('zh-hant')}`);
      await expect(page.getByRole('link', { name: '分享到微博' })).toBeVisible();
      await expect(page.getByRole('button', { name: '複製連結' })).toBeHidden();
    });
  });
});
