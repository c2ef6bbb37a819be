import { expect, test, type Locator, type Page } from '@playwright/test';
import { archiveArticles, ARCHIVE_SITE_ARTICLES } from '../support/archive-site.ts';
import { lineStarts, phraseEnds } from '../support/line-breaks.ts';
import { slug } from '../support/seed.ts';
import { originOf } from '../support/sites.ts';

/** Width and height of a control's box, in CSS pixels. */
async function sizeOf(control: Locator): Promise<[number, number]> {
  const box = (await control.boundingBox())!;
  return [Math.round(box.width), Math.round(box.height)];
}

test.describe('on a touch screen at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the article’s controls are at least 44 × 44 px', async ({ page }) => {
    await page.goto(`/zh-hans/${slug}/`);
    const controls = [page.getByRole('link', { name: '阅读原文' }), page.locator('a.permalink').first()];
    for (const control of controls) {
      const [width, height] = await sizeOf(control);
      expect(width, await control.evaluate((e) => e.outerHTML)).toBeGreaterThanOrEqual(44);
      expect(height, await control.evaluate((e) => e.outerHTML)).toBeGreaterThanOrEqual(44);
    }
  });

  test('the 404 page’s links and search are at least 44 px tall', async ({ page }) => {
    await page.goto('/no-such-page/');
    for (const control of await page.locator('.not-found a, .not-found input, .not-found button').all()) {
      const [, height] = await sizeOf(control);
      expect(height).toBeGreaterThanOrEqual(44);
    }
  });
});

/**
 * The links a thumb uses to find its way: in lists, in navigation and in the footer (the header's controls are
 * checked in search.spec.ts), and a link standing alone in its paragraph (the month's way up to the archive, the
 * archive's link to corrections). A link inside running text is WCAG's inline exception.
 */
const WAYFINDING_LINKS = ['main li a', 'main p a', 'nav a', '.site-footer a', '.search-page__results a']
  .map((selector) => `${selector}:not(.site-header *)`)
  .join(', ');

/**
 * Every visible wayfinding link's box, checked against WCAG 2.5.5 Target Size (Enhanced): 44 × 44 CSS px for
 * the link itself, without the spacing allowance of 2.5.8 (24 px), which every link here could otherwise lean on.
 * Returns how many links it checked.
 */
async function expectTapTargets(page: Page, where: string): Promise<number> {
  const boxes = await page.locator(WAYFINDING_LINKS).evaluateAll((links) =>
    links
      .filter((a) => a.checkVisibility())
      // In a paragraph, only a link that is the whole paragraph: any other is inline in its text.
      .filter((a) => a.closest('li, nav, footer') || a.closest('p')!.textContent!.trim() === a.textContent!.trim())
      .map((a) => {
        const box = a.getBoundingClientRect();
        return { link: a.outerHTML.slice(0, 90), width: box.width, height: box.height };
      }),
  );
  const small = boxes.filter(({ width, height }) => width < 43.99 || height < 43.99);
  expect(small, `links under 44 × 44 px on ${where}`).toEqual([]);
  return boxes.length;
}

const archive = originOf('archive');
const fixtures = originOf('fixtures');
// The newest generated article: a breadcrumb above it, earlier articles of its section after it.
const generated = archiveArticles(ARCHIVE_SITE_ARTICLES).sort((a, b) => b.date.localeCompare(a.date))[0]!;

/** A page of each type with lists or navigation, by site, under a variant's segment. */
const LIST_PAGES = [
  { site: archive, path: '' },
  { site: archive, path: 'page/2/' },
  { site: archive, path: 'society/' },
  { site: archive, path: 'archive/' },
  { site: archive, path: 'archive/2025/02/' },
  { site: archive, path: `${generated.slug}/` },
  { site: fixtures, path: 'corrections/' },
  { site: fixtures, path: 'author/yu-yang/' },
  { site: fixtures, path: 'corrected-report/' },
];

for (const width of [320, 360, 412]) {
  test.describe(`on a ${width} px phone`, () => {
    test.use({ viewport: { width, height: 740 }, hasTouch: true, isMobile: true });

    test('every link in lists, navigation and the footer is at least 44 × 44 px, in both scripts', async ({ page }) => {
      test.setTimeout(120_000);
      for (const segment of ['zh-hant', 'zh-hans']) {
        for (const { site, path } of LIST_PAGES) {
          await page.goto(`${site}/${segment}/${path}`);
          expect(await expectTapTargets(page, `${segment}/${path}`)).toBeGreaterThan(11);
        }
        // Search results are drawn by the browser: checked once they are there.
        const query = segment === 'zh-hant' ? '社會' : '社会';
        await page.goto(`${archive}/${segment}/search/?q=${encodeURIComponent(query)}`);
        await expect(page.locator('.search-page__results a').first()).toBeVisible();
        await expectTapTargets(page, `${segment}/search/`);
      }
    });
  });
}

test.describe('the 404 page', () => {
  test('leads home, to each front page and to a search in each script', async ({ page }) => {
    const response = await page.goto('/zh-hant/no-such-article/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('.site-name')).toHaveAttribute('href', '/');
    await page.getByRole('searchbox', { name: '搜索' }).fill('社会工作');
    await page.getByRole('searchbox', { name: '搜索' }).press('Enter');
    await expect(page).toHaveURL(/\/zh-hans\/search\/\?q=/);
    await expect(page.locator('.search-hit').first()).toContainText('社会工作');
  });

  test('its bilingual title breaks only between phrases, at 320–412 px', async ({ page }) => {
    for (const width of [320, 360, 375, 390, 412]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/no-such-page/');
      for (const title of await page.locator('.not-found h1 span[lang]').all()) {
        const lang = (await title.getAttribute('lang'))!;
        const text = await title.innerText();
        const ends = phraseEnds(text, lang);
        for (const start of await lineStarts(title))
          expect(ends.has(start), `${text} at ${width} px breaks inside a phrase at ${start}`).toBe(true);
      }
    }
  });
});

/** The contrast ratio of two CSS colours, as WCAG defines it. */
function contrast(a: number[], b: number[]): number {
  const luminance = ([r, g, b]: number[]) => {
    const [R, G, B] = [r!, g!, b!].map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

async function borderAndPaper(page: Page, selector: string): Promise<[number[], number[]]> {
  return page
    .locator(selector)
    .first()
    .evaluate((e) => {
      const rgb = (color: string) => {
        const canvas = document.createElement('canvas').getContext('2d')!;
        canvas.fillStyle = color;
        canvas.fillRect(0, 0, 1, 1);
        return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      };
      return [rgb(getComputedStyle(e).borderTopColor), rgb(getComputedStyle(document.documentElement).backgroundColor)];
    });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the borders of the search field, script switch and 字 button reach 3:1 (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/zh-hant/${slug}/`);
    for (const selector of ['.site-search form', '.script-switch ul', '.reader-controls__toggle']) {
      const [border, paper] = await borderAndPaper(page, selector);
      expect(contrast(border, paper), selector).toBeGreaterThanOrEqual(3);
    }
  });
}
