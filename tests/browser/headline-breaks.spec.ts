/**
 * Issue #24 items 2 and 3, as a reader sees them on the archive fixture (every third article with a written
 * headline: numbers, decimals, percentages, Latin words, 《…》 titles, clauses), in both scripts, from 320 to
 * 1366 px: no line of a headline starts or ends inside a word, no line is one Han character, headlines are
 * spaced between Han and Latin as the body is, a headline in clauses breaks between them first; and every
 * headline the site shows (lists, 較早的報道, search results) breaks as the article's own headline does.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { phraseEnds, renderedLines, wordsCutAt } from '../support/line-breaks.ts';
import { originOf } from '../support/sites.ts';

const archive = originOf('archive');
const WIDTHS = [320, 360, 412, 768, 1024, 1366];
const SCRIPTS = [
  ['zh-hant', 'zh-Hant'],
  ['zh-hans', 'zh-Hans'],
] as const;

/** Checks every headline `selector` finds on the page as drawn now; returns how many lines it looked at. */
async function checkLines(page: Page, selector: string, lang: string, where: string): Promise<number> {
  const headlines = page.locator(selector);
  const count = await headlines.count();
  expect(count, `${where}: ${selector}`).toBeGreaterThan(0);
  let lines = 0;
  for (let i = 0; i < count; i++) {
    const { text, starts, lines: drawn } = await renderedLines(headlines.nth(i));
    const ends = phraseEnds(text, lang);
    lines += drawn.length;
    for (const start of starts) {
      expect(wordsCutAt(text, start), `${where}: 「${drawn.join(' / ')}」 cuts a word`).toEqual([]);
      expect(ends.has(start), `${where}: 「${drawn.join(' / ')}」 breaks inside a phrase`).toBe(true);
    }
    for (const line of drawn)
      expect(line.trim(), `${where}: 「${drawn.join(' / ')}」 has a lone character`).not.toMatch(
        /^\p{P}*\p{Script=Han}\p{P}*$/u,
      );
  }
  return lines;
}

/**
 * Han beside a digit or Latin letter is spaced as in the body (text-autospace): each headline set on one line is
 * wider than the same without the spacing, by an eighth of an em at each such place (but where a `<wbr>` lets a
 * stretch too long for a narrow line break there). Returns the number of places measured.
 */
async function checkSpacing(headlines: Locator): Promise<number> {
  return headlines.evaluateAll((elements) => {
    let places = 0;
    for (const element of elements) {
      const text = element.textContent ?? '';
      const marked = element.innerHTML.replace(/<(?!wbr)[^>]*>/g, '');
      const junctions = [
        ...text.matchAll(/\p{Script=Han}(?=[\p{Nd}\p{Script=Latin}])|[\p{Nd}\p{Script=Latin}](?=\p{Script=Han})/gu),
      ];
      const withBreak = [
        ...marked.matchAll(/\p{Script=Han}<wbr>[\p{Nd}\p{Script=Latin}]|[\p{Nd}\p{Script=Latin}]<wbr>\p{Script=Han}/gu),
      ];
      const expected = junctions.length - withBreak.length;
      if (expected === 0) continue;
      const width = (autospace: string) => {
        const clone = element.cloneNode(true) as HTMLElement;
        // As wide as its text on one line, not the column: max-content.
        Object.assign(clone.style, {
          whiteSpace: 'nowrap',
          position: 'absolute',
          inlineSize: 'max-content',
          textAutospace: autospace,
        });
        clone.querySelectorAll<HTMLElement>('.clause').forEach((clause) => (clause.style.whiteSpace = 'nowrap'));
        element.after(clone);
        const measured = clone.getBoundingClientRect().width;
        clone.remove();
        return measured;
      };
      const em = parseFloat(getComputedStyle(element).fontSize);
      const gained = width('normal') - width('no-autospace');
      if (gained < (expected * em) / 8 - 0.5)
        throw new Error(`「${text}」: ${gained.toFixed(1)} px of spacing at ${expected} places, font ${em} px`);
      places += expected;
    }
    return places;
  });
}

/** Where a headline in clauses breaks, when each clause fits on a line: only between clauses. */
async function checkClauses(page: Page, selector: string, where: string): Promise<number> {
  const results = await page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((element) => element.querySelector('.clause'))
      .map((element) => {
        // The width a line has: the block's, for a link inside a heading.
        const block = getComputedStyle(element).display === 'inline' ? element.parentElement! : element;
        const available = block.getBoundingClientRect().width;
        const clauses = [...element.querySelectorAll<HTMLElement>('.clause')];
        const fits = clauses.every((clause) => {
          const clone = clause.cloneNode(true) as HTMLElement;
          Object.assign(clone.style, { whiteSpace: 'nowrap', position: 'absolute', inlineSize: 'max-content' });
          clause.after(clone);
          const width = clone.getBoundingClientRect().width;
          clone.remove();
          return width <= available;
        });
        // The lines each clause is drawn on.
        const linesOf = clauses.map((clause) => {
          const range = document.createRange();
          range.selectNodeContents(clause);
          return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
        });
        return { text: element.textContent ?? '', fits, linesOf };
      }),
  );
  for (const { text, fits, linesOf } of results)
    if (fits) expect(linesOf, `${where}: 「${text}」: a clause that fits a line is cut`).toEqual(linesOf.map(() => 1));
  return results.length;
}

for (const [segment, lang] of SCRIPTS) {
  test.describe(`item 2: headlines never break inside a number, a Latin word or a title (${segment})`, () => {
    for (const slug of ['gen-00000', 'gen-00003', 'gen-00012', 'gen-00039']) {
      test(`the article ${slug} and its page's lists at ${WIDTHS.join(', ')} px`, async ({ page }) => {
        await page.goto(`${archive}/${segment}/${slug}/`);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          const where = `${slug} at ${width} px`;
          await checkLines(page, 'h1', lang, where);
          await checkClauses(page, 'h1', where);
          await checkSpacing(page.locator('h1'));
        }
      });
    }

    test(`the front page: spaced as the body, clauses first, at ${WIDTHS.join(', ')} px`, async ({ page }) => {
      await page.goto(`${archive}/${segment}/`);
      let spaced = 0;
      let inClauses = 0;
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await checkLines(page, '.teaser__title a', lang, `front page at ${width} px`);
        inClauses += await checkClauses(page, '.teaser__title a', `front page at ${width} px`);
        spaced += await checkSpacing(page.locator('.teaser__title a'));
      }
      // Not vacuous: the page has headlines with numbers and Latin beside Han, and headlines in clauses.
      expect(spaced).toBeGreaterThan(10);
      expect(inClauses).toBeGreaterThan(5);
    });
  });

  test.describe(`item 3: every headline the site shows breaks between phrases (${segment})`, () => {
    // One test per list: each reads every line of 20 headlines at six widths, which took 16 s for all three
    // together on an idle machine and over the 30 s limit on a busy one.
    for (const [name, list] of [
      ['the front page', ''],
      ['a section', 'finance/'],
      ['a month', 'archive/2025/01/'],
    ])
      test(`lists: ${name}, at ${WIDTHS.join(', ')} px`, async ({ page }) => {
        await page.goto(`${archive}/${segment}/${list}`);
        let lines = 0;
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          lines += await checkLines(page, '.teaser__title a', lang, `/${segment}/${list} at ${width} px`);
        }
        expect(lines, list).toBeGreaterThanOrEqual(20 * WIDTHS.length);
      });

    test(`較早的報道 under an article, at ${WIDTHS.join(', ')} px`, async ({ page }) => {
      for (const slug of ['gen-00030', 'gen-00031', 'gen-00032']) {
        await page.goto(`${archive}/${segment}/${slug}/`);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await checkLines(page, '.earlier__list a', lang, `較早的報道 of ${slug} at ${width} px`);
        }
      }
    });

    test(`search results, on the search page and in the header box, at ${WIDTHS.join(', ')} px`, async ({ page }) => {
      await page.goto(`${archive}/${segment}/search/?q=${encodeURIComponent('基金')}`);
      const hits = page.locator('.search-page__results .search-hit__title');
      await expect(hits.first()).toBeVisible();
      // The headlines carry their phrase marks and the match, marked inside them.
      await expect(hits.locator('wbr').first()).toBeAttached();
      await expect(hits.locator('mark').first()).toHaveText('基金');
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await checkLines(page, '.search-page__results .search-hit__title', lang, `search at ${width} px`);
        await checkSpacing(hits);
      }
      await page.setViewportSize({ width: 360, height: 900 });
      await page.goto(`${archive}/${segment}/`);
      await page.locator('.site-search__input').fill('基金');
      const options = page.locator('.site-search__results [role="option"] .search-hit__title');
      await expect(options.first()).toBeVisible();
      await checkLines(page, '.site-search__results [role="option"] .search-hit__title', lang, 'header box at 360 px');
    });
  });
}
