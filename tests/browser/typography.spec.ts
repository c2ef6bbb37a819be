import { expect, test } from '@playwright/test';
import { lineStarts, phraseEnds } from '../support/line-breaks.ts';
import { slug } from '../support/seed.ts';

const article = (segment: string) => `/${segment}/${slug}/`;

test.describe('headlines', () => {
  for (const [segment, lang] of [
    ['zh-hant', 'zh-Hant'],
    ['zh-hans', 'zh-Hans'],
  ] as const) {
    for (const textSize of ['s', 'm', 'l', 'xl']) {
      test(`break only between phrases at 320–412 px (${segment}, text size ${textSize})`, async ({ page }) => {
        await page.goto(article(segment));
        await page.evaluate(
          (textSize) => localStorage.setItem('reader-settings', JSON.stringify({ textSize })),
          textSize,
        );
        for (const width of [320, 360, 375, 390, 412]) {
          await page.setViewportSize({ width, height: 800 });
          await page.reload();
          for (const selector of ['h1', '.headline__kicker', '.headline__subtitle']) {
            const text = await page.locator(selector).innerText();
            const ends = phraseEnds(text, lang);
            for (const start of await lineStarts(page.locator(selector)))
              expect(ends.has(start), `${selector} at ${width} px: breaks inside a phrase at ${start}`).toBe(true);
          }
          // Balanced: no line of the headline is a lone two-character widow.
          const lines = await lineStarts(page.locator('h1'));
          const text = await page.locator('h1').innerText();
          if (lines.length) expect(text.length - lines.at(-1)!, `h1 at ${width} px`).toBeGreaterThan(2);
        }
      });
    }
  }

  test('arriving from search marks 2月19日 whole, across the spans that set its digits', async ({ page }) => {
    await page.goto(`${article('zh-hant')}?highlight=${encodeURIComponent('2月19日')}#p1`);
    const mark = page.locator('#p1 mark.search-mark');
    await expect(mark).toHaveCount(1);
    await expect(mark).toHaveText('2月19日');
  });
});

test.describe('Han and digits', () => {
  test('one spacing rule everywhere: the dateline is spaced like the body', async ({ page }) => {
    await page.goto(article('zh-hant'));
    for (const selector of ['.dateline time', '#p1']) {
      await expect(page.locator(selector)).toHaveCSS('text-autospace', 'normal');
    }
    // The spacing is there to see: the date is wider than the same text set without it.
    const widths = await page.locator('.dateline time').evaluate((time) => {
      const plain = time.cloneNode(true) as HTMLElement;
      plain.style.textAutospace = 'no-autospace';
      time.after(plain);
      return [time.getBoundingClientRect().width, plain.getBoundingClientRect().width];
    });
    expect(widths[0]).toBeGreaterThan(widths[1]! + 4);
  });

  test('in 直排, one or two digits share one upright cell; longer numbers and the subtitle’s dash do not', async ({
    page,
  }) => {
    await page.goto(article('zh-hant'));
    await page.evaluate(() => localStorage.setItem('reader-settings', JSON.stringify({ writing: 'vertical' })));
    await page.reload();
    const nineteen = page.locator('#p1 .tcy').nth(1);
    await expect(nineteen).toHaveText('19');
    await expect(nineteen).toHaveCSS('text-combine-upright', 'all');
    // One cell: no taller than a character of the text around it.
    const { height, fontSize } = await nineteen.evaluate((span) => ({
      height: span.getBoundingClientRect().height,
      fontSize: parseFloat(getComputedStyle(span).fontSize),
    }));
    expect(height).toBeLessThanOrEqual(fontSize * 1.1);
    const dash = await page
      .locator('.headline__subtitle')
      .evaluate((p) => getComputedStyle(p, '::before').content + getComputedStyle(p, '::before').textOrientation);
    expect(dash).not.toContain('\ufe31');
    expect(dash).toContain('mixed');
  });
});
