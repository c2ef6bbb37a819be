/**
 * A reader's place and the page around the text, on the archive of generated
 * articles (varied text, Latin words, numbers): the last line of a paragraph,
 * switching script by keyboard, a new text size, the keys in 直排, Latin and
 * numbers in 直排, and the share button over the text. Places are measured as
 * the reader audit measured them: the paragraph under a fixed line of the
 * viewport, and how far down the screen it starts, before and after.
 */
import { expect, test, type Page } from '@playwright/test';
import { drawnTexts, type CharacterBox } from '../support/line-breaks.ts';
import { choose } from '../support/reader-settings.ts';
import { originOf } from '../support/sites.ts';

const site = originOf('archive');
// Articles of the archive with many paragraphs, Latin words and short numbers.
const LONG = ['gen-00143', 'gen-00217', 'gen-00225', 'gen-00007'];
const other = { 'zh-hant': 'zh-hans', 'zh-hans': 'zh-hant' } as const;
const switchLabel = { 'zh-hant': '简体', 'zh-hans': '繁體' } as const;
const settingsLabel = { 'zh-hant': '閱讀設定', 'zh-hans': '阅读设置' } as const;

/** A phone in one script and a desktop in the other. */
const PHONE_AND_DESKTOP = [
  ['zh-hant', 360],
  ['zh-hans', 1366],
] as const;

/** Opens a long article of the archive in a window `width` px wide. */
async function openArticle(page: Page, variant: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 700 });
  await page.goto(`${site}/${variant}/gen-00143/`);
}

/** The paragraph under a line 40 % down the viewport, and where its top is on screen. */
function place(page: Page): Promise<{ id: string; top: number }> {
  return page.evaluate(() => {
    const paragraph = [...document.querySelectorAll<HTMLElement>('.article__body p[id]')].find((p) => {
      const { top, bottom } = p.getBoundingClientRect();
      return top <= innerHeight * 0.4 && bottom > innerHeight * 0.4;
    });
    return { id: paragraph?.id ?? '', top: Math.round(paragraph?.getBoundingClientRect().top ?? NaN) };
  });
}

/** Waits until the page has stopped scrolling (the keys scroll smoothly). */
async function settled(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise((done) => {
            const y = scrollY;
            setTimeout(() => done(scrollY - y), 150);
          }),
      ),
    )
    .toBe(0);
}

/** Switches vertical writing on through storage, as a returning reader has it. */
async function openVertical(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => localStorage.setItem('reader-settings', JSON.stringify({ writing: 'vertical' })));
  await page.reload();
  await expect(page.locator('.article')).toHaveCSS('writing-mode', 'vertical-rl');
}

test.describe('the last line of a paragraph', () => {
  for (const variant of ['zh-hant', 'zh-hans'] as const)
    test(`sits at the start of the line, never stretched across the column (${variant})`, async ({ page }) => {
      const stretched: string[] = [];
      for (const slug of LONG) {
        await page.goto(`${site}/${variant}/${slug}/`);
        for (const width of [320, 360, 412, 768, 1366]) {
          await page.setViewportSize({ width, height: 800 });
          // A Han character on the last line drawn wider than 1.5 em has been stretched by justification
          // (the space before a Latin word or digit, 0.25 em, stays well under that).
          for (const { id, em, characters } of await drawnTexts(page.locator('.article__body p[id]'))) {
            const lastTop = characters.at(-1)!.top;
            const lastLine = characters.filter(({ top }) => Math.abs(top - lastTop) < em / 2);
            const wide = lastLine.some((c) => /\p{Script=Han}/u.test(c.character) && c.width > 1.5 * em);
            if (wide) stretched.push(`${slug} at ${width} px, ${id}: ${lastLine.map((c) => c.character).join('')}`);
          }
        }
      }
      expect(stretched).toEqual([]);
    });
});

test.describe('switching script by keyboard', () => {
  for (const [variant, width] of PHONE_AND_DESKTOP)
    test(`keeps the paragraph being read where it was (${variant}, ${width} px)`, async ({ page }) => {
      await openArticle(page, variant, width);
      // Read down by keyboard, as a keyboard reader does; then Tab from the start of the page to the switch.
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(500);
      await settled(page);
      const before = await place(page);
      expect(before.id).not.toBe('');
      const target = page.getByRole('link', { name: switchLabel[variant], exact: true });
      for (let tabs = 0; tabs < 12 && !(await target.evaluate((link) => link === document.activeElement)); tabs++)
        await page.keyboard.press('Tab');
      await expect(target).toBeFocused();
      expect(await place(page)).toEqual(before);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${other[variant]}/gen-00143/#p\\d+$`));
      // Scroll positions are whole pixels: the paragraph returns to within one of where it was.
      await expect.poll(() => place(page)).toMatchObject({ id: before.id });
      expect(Math.abs((await place(page)).top - before.top)).toBeLessThanOrEqual(1);
    });
});

test.describe('switching script on a slow network', () => {
  for (const [variant, width, writing] of [
    ['zh-hant', 360, 'horizontal'],
    ['zh-hans', 1366, 'horizontal'],
    ['zh-hant', 1366, 'vertical'],
  ] as const)
    test(`the page moves once, straight to the paragraph's place on screen (${variant}, ${width} px, ${writing})`, async ({
      page,
    }) => {
      // In every frame of every page, once it has moved: where each paragraph in view starts, from the start of
      // the reading area (the page below the header, or in 直排 the article's sideways scroll).
      await page.addInitScript(() => {
        const shown = () => {
          const article = document.querySelector('.article')?.getBoundingClientRect();
          const vertical = document.documentElement.dataset['writing'] === 'vertical';
          const places: Record<string, number> = {};
          for (const p of document.querySelectorAll<HTMLElement>('.article__body p[id]')) {
            const box = p.getBoundingClientRect();
            const inView = vertical
              ? box.left < article!.right && box.right > article!.left
              : box.top < innerHeight && box.bottom > 0;
            if (inView) places[p.id] = Math.round(vertical ? article!.right - box.right : box.top);
          }
          return places;
        };
        const placesByFrame: Array<Record<string, number>> = [];
        Object.assign(window, { shown, placesByFrame });
        // Only once the page has moved: before the browser scrolls to a fragment, any page shows its start.
        const record = () => {
          const article = document.querySelector('.article');
          if (article && (scrollY !== 0 || article.scrollLeft !== 0)) placesByFrame.push(shown());
          requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
      });
      await page.setViewportSize({ width, height: 700 });
      const url = `${site}/${variant}/gen-00143/`;
      if (writing === 'vertical') {
        await openVertical(page, url);
        await page.locator('.article').evaluate((a) => a.scrollBy(-900, 0));
      } else {
        await page.goto(url);
        await page.mouse.wheel(0, 1500);
      }
      await settled(page);
      const before = await page.evaluate(() => (window as unknown as { shown(): Record<string, number> }).shown());
      // The other script's page arrives with its scripts 1 s late, which holds back the browser's scroll to the
      // paragraph until they have run: once the page moves, no frame shows the paragraph anywhere but its place.
      await page.route(/\/_astro\/.*\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await route.continue();
      });
      await page.getByRole('link', { name: switchLabel[variant], exact: true }).click();
      await page.waitForLoadState('load');
      // The place is let go once the page has loaded, and the frames up to and after that are read.
      const html = page.locator('html');
      await expect.poll(() => html.evaluate((root) => root.style.getPropertyValue('--place'))).toBe('');
      await page.evaluate(() => new Promise(requestAnimationFrame));
      const id = new URL(page.url()).hash.slice(1);
      const frames = await page.evaluate(
        () => (window as unknown as { placesByFrame: Array<Record<string, number>> }).placesByFrame,
      );
      const seenAt = [...new Set(frames.flatMap((places) => (id in places ? [places[id]!] : [])))];
      expect(seenAt.length, `${id} was seen at ${seenAt.join(', ')}`).toBeGreaterThan(0);
      for (const top of seenAt) expect(Math.abs(top - before[id]!), `${id} was seen at ${top}`).toBeLessThanOrEqual(1);
      if (writing === 'vertical') return;
      // The paragraph's own ¶, followed afterwards, brings it under the header as on any page.
      const header = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
      await page.locator(`#${id} a.permalink`).click();
      // 16 px below the header's foot, which need not be on a whole pixel as scroll positions are; within 2 px,
      // and far from where the switch had put it.
      expect(Math.abs(before[id]! - (header + 16))).toBeGreaterThan(8);
      await expect
        .poll(() =>
          page.locator(`#${id}`).evaluate((p, at) => Math.abs(p.getBoundingClientRect().top - at), header + 16),
        )
        .toBeLessThan(2);
    });
});

test.describe('a new text size', () => {
  for (const [variant, width] of PHONE_AND_DESKTOP)
    test(`keeps the paragraph being read where it was (${variant}, ${width} px)`, async ({ page }) => {
      await openArticle(page, variant, width);
      // Paragraph 8 is being read: its start is just under the header.
      await page.locator('#p8').evaluate((p) => window.scrollBy(0, p.getBoundingClientRect().top - 200));
      const before = await place(page);
      expect(before.id).toBe('p8');
      await choose(page, settingsLabel[variant], '特大');
      await expect(page.locator('#p8')).toHaveCSS('font-size', '23px');
      // The paragraph is put back before the next frame is drawn: read the place as that frame shows it.
      await page.evaluate(() => new Promise(requestAnimationFrame));
      const after = await place(page);
      expect(after.id).toBe('p8');
      expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(1);
    });
});

test.describe('直排', () => {
  for (const [variant, width] of [
    ['zh-hant', 1366],
    ['zh-hans', 360],
  ] as const)
    test(`the reading keys carry on down the page past the column, and back (${variant}, ${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 700 });
      await openVertical(page, `${site}/${variant}/gen-00143/`);
      const column = page.locator('.article');
      const atEnd = () => column.evaluate((a) => a.clientWidth - a.scrollLeft >= a.scrollWidth - 1);
      await page.keyboard.press('End');
      await expect.poll(atEnd).toBe(true);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      // Past the column's end the keys move the page, down to the section's earlier reports.
      for (const key of ['PageDown', 'Space', 'ArrowDown']) {
        await page.evaluate(() => scrollTo(0, 0));
        await page.keyboard.press(key);
        await expect.poll(() => page.evaluate(() => scrollY), { message: key }).toBeGreaterThan(0);
      }
      await page.keyboard.press('End');
      await expect(page.locator('.earlier')).toBeInViewport();
      // Back up: the page first, to the column, which the keys then move again.
      const scrolled = () => page.evaluate(() => scrollY);
      while ((await scrolled()) > 0) {
        await page.keyboard.press('PageUp');
        await settled(page);
      }
      expect(await atEnd()).toBe(true);
      await page.keyboard.press('PageUp');
      await expect.poll(atEnd).toBe(false);
      expect(await scrolled()).toBe(0);
    });

  for (const variant of ['zh-hant', 'zh-hans'] as const)
    test(`Latin words lie sideways, and numbers of one or two digits sit in one cell (${variant})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1366, height: 700 });
      await openVertical(page, `${site}/${variant}/gen-00007/`);
      const measure = (selector: string, pattern: string) =>
        page.locator(selector).evaluate((root, source) => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const text = walker.currentNode as Text;
            const match = new RegExp(source, 'u').exec(text.data);
            if (!match) continue;
            const range = document.createRange();
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            const box = range.getBoundingClientRect();
            return {
              text: match[0],
              height: box.height,
              em: parseFloat(getComputedStyle(text.parentElement!).fontSize),
            };
          }
          return undefined;
        }, pattern);
      // A Latin word of four letters or more: upright, its letters would take a cell each.
      const word = await measure('.article__body', '\\b[A-Za-z]{4,}\\b');
      expect(word).toBeDefined();
      expect(word!.height, word!.text).toBeLessThan(0.8 * word!.text.length * word!.em);
      // The dateline's day and month of two digits, and the minutes of reading: each in one cell.
      for (const selector of ['.dateline time', '.dateline__reading-time']) {
        const number = await measure(selector, '(?<!\\d)\\d{1,2}(?!\\d)');
        expect(number, selector).toBeDefined();
        expect(number!.height, `${selector}: ${number!.text}`).toBeLessThanOrEqual(1.2 * number!.em);
      }
      const twoDigits = await measure('.dateline time', '(?<!\\d)\\d{2}(?!\\d)');
      if (twoDigits) expect(twoDigits.height, twoDigits.text).toBeLessThanOrEqual(1.2 * twoDigits.em);
    });
});

test.describe('the share button', () => {
  /** Characters covered by the share button whose line (or in 直排 column) shows at its start: a line's end under it. */
  async function coveredEnds(page: Page): Promise<string[]> {
    const vertical = (await page.locator('html').getAttribute('data-writing')) === 'vertical';
    const button = (await page.locator('.share__link').boundingBox())!;
    const under: Array<{ id: string; character: string; x: number; y: number }> = [];
    for (const { id, characters } of await drawnTexts(page.locator('.article__body p[id]'))) {
      let lineStart: CharacterBox | undefined;
      for (const box of characters) {
        const sameLine =
          lineStart && (vertical ? Math.abs(box.left - lineStart.left) < 4 : Math.abs(box.top - lineStart.top) < 4);
        if (!sameLine) lineStart = box;
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        if (x < button.x || x > button.x + button.width || y < button.y || y > button.y + button.height) continue;
        under.push({
          id,
          character: box.character,
          x: lineStart!.left + lineStart!.width / 2,
          y: lineStart!.top + lineStart!.height / 2,
        });
      }
    }
    // The start shows if nothing is drawn over it: the paragraph itself is hit, or a see-through box.
    const shows = await page.evaluate(
      (points) =>
        points.map(({ id, x, y }) => {
          const hit = document.elementFromPoint(x, y);
          return (
            !!hit &&
            (document.getElementById(id)!.contains(hit) || getComputedStyle(hit).backgroundColor === 'rgba(0, 0, 0, 0)')
          );
        }),
      under,
    );
    return under.filter((_, i) => shows[i]).map(({ id, character }) => `${id}: ${character}`);
  }

  for (const [variant, width] of PHONE_AND_DESKTOP)
    test(`never covers the end of a line whose start shows, in either writing (${variant}, ${width} px)`, async ({
      page,
    }) => {
      await openArticle(page, variant, width);
      for (let step = 1; step <= 6; step++) {
        await page.evaluate((step) => scrollTo(0, step * 137), step);
        expect(await coveredEnds(page), `scrolled to ${step * 137}`).toEqual([]);
      }
      await openVertical(page, `${site}/${variant}/gen-00143/`);
      for (let step = 1; step <= 6; step++) {
        await page.locator('.article').evaluate((a, step) => a.scrollTo({ left: -step * 89 }), step);
        expect(await coveredEnds(page), `scrolled ${step * 89} px along`).toEqual([]);
      }
    });
});
