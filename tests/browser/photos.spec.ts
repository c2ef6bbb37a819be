import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/page-quality.ts';
import { layoutShifts, recordLayoutShifts } from '../support/layout-shifts.ts';
import { BUILT_ORIGIN, originOf } from '../support/sites.ts';

// tests/fixtures/content/photo-report.md: a lead photograph (NASA's, 2,048 px) and two figures made by the tests.
const fixtures = originOf('fixtures');
const article = (segment: string) => `${fixtures}/${segment}/photo-report/`;
const lead = '.figure--lead img';

/** The srcset candidate a reader's browser should take for the lead photo: the smallest at least as wide as its box in device pixels. */
async function leadChoice(page: Page) {
  return page.locator(lead).evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const avif = img.parentElement!.querySelector('source[type="image/avif"]')!.getAttribute('srcset')!;
    const candidates = avif.split(', ').map((c) => {
      const [url, w] = c.split(' ');
      return { url: new URL(url!, location.href).href, width: parseInt(w!, 10) };
    });
    const needed = img.getBoundingClientRect().width * devicePixelRatio;
    const right = candidates.find((c) => c.width >= needed) ?? candidates.at(-1)!;
    return { current: img.currentSrc, right, box: img.getBoundingClientRect().width };
  });
}

for (const { width, height, dpr, box } of [
  { width: 412, height: 915, dpr: 2, box: 380 },
  { width: 1366, height: 768, dpr: 1, box: 672 },
]) {
  test.describe(`${width} px wide at DPR ${dpr}`, () => {
    test.use({ viewport: { width, height }, deviceScaleFactor: dpr });

    test('the lead photo is the right AVIF from the srcset, sized as `sizes` says', async ({ page }) => {
      await page.goto(article('zh-hans'));
      const { current, right, box: shown } = await leadChoice(page);
      expect(shown).toBe(box);
      expect(current).toBe(right.url);
      expect(current).toMatch(/\.avif$/);
      if (width === 412) {
        // What a phone downloads for the lead photo of a real photograph: at most 60 KB.
        const bytes = (await (await page.request.get(current)).body()).length;
        expect(bytes, `${right.width}w: ${bytes} B`).toBeLessThanOrEqual(60_000);
      }
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2 });

  test('nothing in the article shifts as the photos load, and no CSP violation', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    // Shifts that move something in the article: the photos, and the text they would push.
    await recordLayoutShifts(page, '.article');
    await page.goto(article('zh-hans'));
    for (const figure of await page.locator('.figure img').all()) {
      await figure.scrollIntoViewIfNeeded();
      await expect
        .poll(() => figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
    }
    expect(await layoutShifts(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('the lead photo comes first; figures below the fold wait until the reader nears them', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(article('zh-hans'));
    await page.waitForLoadState('networkidle');
    await expect(page.locator(lead)).toHaveAttribute('fetchpriority', 'high');
    await expect(page.locator(lead)).not.toHaveAttribute('loading', /./);
    for (const img of await page.locator('.figure:not(.figure--lead) img').all()) {
      await expect(img).toHaveAttribute('loading', 'lazy');
      await expect(img).toHaveAttribute('decoding', 'async');
    }
    expect(requested.some((url) => url.includes('/_astro/earth.'))).toBe(true);
    expect(requested.filter((url) => url.includes('/_astro/crane.'))).toEqual([]);
    const crane = page.waitForRequest((r) => r.url().includes('/_astro/crane.'));
    await page.locator('img[alt="一只丹顶鹤站在浅水里"]').scrollIntoViewIfNeeded();
    await crane;
  });
});

for (const [segment, alt, caption, credit, leadAlt] of [
  [
    'zh-hans',
    '芦苇丛边的湿地，水面映着天空',
    '清晨的湿地公园',
    '记者 于洋 摄',
    '从太空看到的地球，云层覆盖着海洋和陆地',
  ],
  [
    'zh-hant',
    '蘆葦叢邊的溼地，水面映著天空',
    '清晨的溼地公園',
    '記者 于洋 攝',
    '從太空看到的地球，雲層覆蓋著海洋和陸地',
  ],
] as const) {
  test(`figure, caption and credit in the page's script (${segment})`, async ({ page }) => {
    await page.goto(article(segment));
    await expect(page.locator(lead)).toHaveAttribute('alt', leadAlt);
    const figure = page.locator('.article__body figure', { has: page.locator(`img[alt="${alt}"]`) });
    await expect(figure.locator('picture source')).toHaveCount(2);
    // Caption, then credit; the credit is a name, its surname kept (于, never 於).
    await expect(figure.locator('figcaption > span')).toHaveText([caption, credit]);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('in 直排 on a 360 px phone a photo keeps its shape and fits the column, its caption vertical beside it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(article('zh-hant'));
  await page.evaluate(() => localStorage.setItem('reader-settings', JSON.stringify({ writing: 'vertical' })));
  await page.reload();
  const column = page.locator('.article');
  await expect(column).toHaveCSS('writing-mode', 'vertical-rl');
  const area = (await column.boundingBox())!;
  for (const figure of await page.locator('.figure').all()) {
    await figure.scrollIntoViewIfNeeded();
    const img = figure.locator('img');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    const box = (await img.boundingBox())!;
    const [naturalWidth, naturalHeight] = await img.evaluate((i: HTMLImageElement) => [
      i.naturalWidth,
      i.naturalHeight,
    ]);
    expect(Math.abs(box.width / box.height - naturalWidth! / naturalHeight!)).toBeLessThan(0.02);
    expect(box.y).toBeGreaterThanOrEqual(area.y);
    expect(box.y + box.height).toBeLessThanOrEqual(area.y + area.height);
    expect(box.width).toBeLessThanOrEqual(360);
    const caption = figure.locator('figcaption');
    await expect(caption).toHaveCSS('writing-mode', 'vertical-rl');
    const text = (await caption.boundingBox())!;
    expect(text.y + text.height).toBeLessThanOrEqual(area.y + area.height);
    expect(text.x + text.width).toBeLessThanOrEqual(box.x + 1);
  }
});

test('og:image and JSON-LD image are the lead photo cropped to 1200×630', async ({ page }) => {
  await page.goto(article('zh-hant'));
  const og = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(og).toMatch(new RegExp(`^${BUILT_ORIGIN}/_astro/earth\\.[^/]+\\.jpg$`));
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld.image).toEqual([og]);
  const served = og!.replace(BUILT_ORIGIN, fixtures);
  const size = await page.evaluate(async (url) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    return [image.naturalWidth, image.naturalHeight];
  }, served);
  expect(size).toEqual([1200, 630]);
});

test('the front page and the section show the lead photo; the feed carries it', async ({ page }) => {
  for (const list of ['/zh-hans/', '/zh-hans/society/']) {
    await page.goto(`${fixtures}${list}`);
    const teaser = page.locator('.teaser', { hasText: '盐城湿地迎来候鸟' });
    const img = teaser.locator('.teaser__photo img');
    await expect(img).toBeVisible();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  }
  const xml = await (await page.request.get(`${fixtures}/zh-hans/feed.xml`)).text();
  const media = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const item = [...doc.querySelectorAll('item')].find(
      (i) => i.querySelector('title')?.textContent === '盐城湿地迎来候鸟',
    );
    const content = item?.getElementsByTagNameNS('http://search.yahoo.com/mrss/', 'content')[0];
    return { url: content?.getAttribute('url'), credit: content?.textContent };
  }, xml);
  expect(media.url).toMatch(new RegExp(`^${BUILT_ORIGIN}/_astro/earth\\.[^/]+\\.jpg$`));
  expect(media.credit).toContain('美国国家航空航天局');
});
