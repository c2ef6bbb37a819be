import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { slug } from '../support/seed.ts';
import { BUILT_ORIGIN } from '../support/sites.ts';

const article = (segment: string) => `/${segment}/${slug}/`;
test.describe('on the article page', () => {
  test('reading time and a progress bar that follows the scroll', async ({ page }) => {
    await page.goto(article('zh-hant'));
    await expect(page.locator('.dateline')).toContainText('約 3 分鐘讀完');
    const scale = () =>
      page.locator('.reading-progress').evaluate((bar) => new DOMMatrix(getComputedStyle(bar).transform).a);
    expect(await scale()).toBeLessThan(0.05);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(scale).toBeGreaterThan(0.95);
  });

  for (const segment of ['zh-hant', 'zh-hans']) {
    test(`paragraph permalinks land on their paragraph (${segment})`, async ({ page }) => {
      await page.setViewportSize({ width: 800, height: 500 });
      await page.goto(article(segment));
      const link = page.locator('#p5 a.permalink');
      await expect(link).toHaveAttribute('href', '#p5');
      await expect(link).toHaveAttribute('aria-label', segment === 'zh-hant' ? '第 5 段的連結' : '第 5 段的链接');
      await page.goto(`${article(segment)}#p5`);
      await expect(page.locator('#p5')).toBeInViewport();
      const top = await page.locator('#p5').evaluate((p) => p.getBoundingClientRect().top);
      const header = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
      expect(top).toBeGreaterThanOrEqual(header);
    });
  }

  test('the Simplified page says it was converted and links to the original at the same paragraph', async ({
    page,
  }) => {
    await page.goto(article('zh-hant'));
    await expect(page.locator('.conversion-note')).toHaveCount(0);
    await page.setViewportSize({ width: 800, height: 500 });
    await page.goto(article('zh-hans'));
    const note = page.locator('.conversion-note');
    await expect(note).toContainText('本文由繁體原文自动转换。');
    await expect(note.locator('a')).toHaveAttribute('href', article('zh-hant'));
    await page.locator('#p3').evaluate((p) => {
      p.scrollIntoView();
      window.scrollBy(0, 40);
    });
    // The note scrolled away with the header block; follow its link as a reader who scrolled back would not.
    await note.locator('a').evaluate((a: HTMLAnchorElement) => a.click());
    await expect(page).toHaveURL(`${article('zh-hant')}#p3`);
  });

  test('no empty line after any paragraph, at 320, 360 and 412 px and every text size', async ({ page }) => {
    for (const segment of ['zh-hant', 'zh-hans']) {
      await page.goto(article(segment));
      for (const textSize of ['s', 'm', 'l', 'xl']) {
        await page.evaluate(
          (textSize) => localStorage.setItem('reader-settings', JSON.stringify({ textSize })),
          textSize,
        );
        for (const width of [320, 360, 412]) {
          await page.setViewportSize({ width, height: 800 });
          await page.reload();
          // The paragraph's box ends with its text's last line (the ¶ leads it, out of the flow).
          const gaps = await page.locator('.article__body p').evaluateAll((ps) =>
            ps.map((p) => {
              const text = document.createRange();
              text.setStartAfter(p.querySelector('.permalink')!);
              text.setEnd(p, p.childNodes.length);
              const gap = p.getBoundingClientRect().bottom - text.getBoundingClientRect().bottom;
              // In lines: below the last line's glyphs lies only its half-leading, well under half a line.
              return gap / parseFloat(getComputedStyle(p).lineHeight);
            }),
          );
          for (const [i, gap] of gaps.entries())
            expect(gap, `${segment} p${i + 1} at ${width} px, ${textSize}`).toBeLessThan(0.5);
        }
      }
    }
  });

  test('printed to PDF: the masthead, the headline block in horizontal forms, no box behind the text', async ({
    page,
  }) => {
    await page.goto(article('zh-hant'));
    await page.evaluate(() => localStorage.setItem('reader-settings', JSON.stringify({ writing: 'vertical' })));
    await page.reload();
    await expect(page.locator('.article')).toHaveCSS('writing-mode', 'vertical-rl');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const { text: pages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)));
    const text = pages.join('\n');
    // PDF text maps some characters to their Kangxi radical forms (⼒ for 力): NFKC folds them back.
    const plain = text.normalize('NFKC').replace(/\s/g, '');
    // The masthead heads the first page; the site's name is nowhere else in the printed text.
    expect(pages[0]!.normalize('NFKC')).toContain('鹽城新聞');
    expect(plain).toContain('奮力推動鹽城社會工作高質量發展');
    expect(plain).toContain('吳煒主持');
    expect(text).not.toContain('\ufe31');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['html', 'body', 'main', '.article'])
      expect(await page.locator(selector).evaluate((e) => getComputedStyle(e).backgroundColor), selector).toMatch(
        /^rgba\(0, 0, 0, 0\)$|^rgb\(255, 255, 255\)$/,
      );
  });

  test('print shows only the masthead and the article, its headline block, date and URL', async ({ page }) => {
    await page.goto(article('zh-hant'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-name')).toBeVisible();
    await expect(page.locator('.site-search')).toBeHidden();
    await expect(page.locator('.script-switch')).toBeHidden();
    await expect(page.locator('.reader-controls__toggle')).toBeHidden();
    await expect(page.locator('.permalink').first()).toBeHidden();
    await expect(page.locator('.dateline time')).toBeVisible();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.print-url')).toHaveText(`${BUILT_ORIGIN}${article('zh-hant')}`);
    await expect(page.locator('.print-url')).toBeVisible();
  });
});
