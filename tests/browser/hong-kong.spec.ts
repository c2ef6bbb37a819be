import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/page-quality.ts';
import { searchFor } from '../support/search-box.ts';
import { BUILT_ORIGIN, FIXTURE_SITE_VARIANTS, originOf } from '../support/sites.ts';

// The fixture site with 香港繁體 on (SITE_VARIANTS=zh-hant,zh-hans,zh-hk; tests/support/fixture-sites.ts).
const site = originOf('fixtures');
const segments = FIXTURE_SITE_VARIANTS.split(',');
const LANGS: Record<string, string> = { 'zh-hant': 'zh-Hant', 'zh-hans': 'zh-Hans', 'zh-hk': 'zh-HK' };
const LABELS: Record<string, string> = { 'zh-hant': '繁體（台灣）', 'zh-hans': '简体', 'zh-hk': '繁體（香港）' };

test.describe('香港繁體 beside 繁體 and 简体', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('the switch offers all three, labelled so a reader can tell them apart, and keeps the paragraph', async ({
    page,
  }) => {
    await page.goto(`${site}/zh-hant/photo-report/`);
    const path = ['zh-hk', 'zh-hans', 'zh-hant', 'zh-hk'];
    let from = 'zh-hant';
    for (const to of path) {
      const nav = page.getByRole('navigation', { name: /選擇字體|选择字体/ });
      await expect(nav.getByRole('link')).toHaveText(segments.filter((s) => s !== from).map((s) => LABELS[s]!));
      await expect(nav.locator('[aria-current="page"]')).toHaveText(LABELS[from]!);
      await page.locator('#p8').evaluate((p) => {
        p.scrollIntoView();
        window.scrollBy(0, 40);
      });
      // Where each paragraph is on screen: the one carried over must come back to its own place.
      const tops = await page
        .locator('.article__body p[id]')
        .evaluateAll((ps) => Object.fromEntries(ps.map((p) => [p.id, p.getBoundingClientRect().top])));
      await nav.getByRole('link', { name: LABELS[to]! }).click();
      await expect(page).toHaveURL(new RegExp(`^${site}/${to}/photo-report/#p(8|9|10)$`));
      await expect(page.locator('html')).toHaveAttribute('lang', LANGS[to]!);
      const id = new URL(page.url()).hash.slice(1);
      await expect
        .poll(() =>
          page.locator(`#${id}`).evaluate((p, before) => Math.abs(p.getBoundingClientRect().top - before), tops[id]!),
        )
        .toBeLessThan(1);
      from = to;
    }
    // Hong Kong character forms, Taiwan's on the other page: 濕地 and 着, not 溼地 and 著.
    await expect(page.locator('.article__body')).toContainText('濕地');
    await expect(page.locator('.article__body')).not.toContainText('溼地');
    await page.goto(`${site}/zh-hant/photo-report/`);
    await expect(page.locator('.article__body')).toContainText('溼地');
  });

  test('without JavaScript the switch is three real links', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}/zh-hans/simplified-source/`);
    await page.getByRole('link', { name: '繁體（香港）' }).click();
    await expect(page).toHaveURL(`${site}/zh-hk/simplified-source/`);
    await expect(page.locator('.article__body')).toContainText('理髮店裏談論');
    await page.getByRole('link', { name: '繁體（台灣）' }).click();
    await expect(page).toHaveURL(`${site}/zh-hant/simplified-source/`);
    await expect(page.locator('.article__body')).toContainText('理髮店裡談論');
    await context.close();
  });

  for (const [languages, segment] of [
    [['zh-HK'], 'zh-hk'],
    [['zh-MO'], 'zh-hk'],
    [['zh-TW'], 'zh-hant'],
    [['zh-CN'], 'zh-hans'],
    [['en'], 'zh-hant'],
  ] as const) {
    test(`the root sends a browser in ${languages.join(', ')} to /${segment}/`, async ({ browser }) => {
      const context = await browser.newContext({ locale: languages[0] });
      const page = await context.newPage();
      await page.goto(`${site}/`);
      await expect(page).toHaveURL(`${site}/${segment}/`);
      await context.close();
    });
  }

  test('hreflang is reciprocal among the three and x-default on every page type', async ({ request }) => {
    const paths = [
      '',
      'society/',
      'archive/',
      'archive/2025/02/',
      'photo-report/',
      'photo-report/share/',
      'author/yu-yang/',
      'corrections/',
      'search/',
    ];
    const alternatesOf = async (url: string) => {
      const html = await (await request.get(url)).text();
      const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
      return Object.fromEntries(links.map(([, lang, href]) => [lang!, href!]));
    };
    for (const path of paths) {
      const expected = {
        ...Object.fromEntries(segments.map((s) => [LANGS[s]!, `${BUILT_ORIGIN}/${s}/${path}`])),
        'x-default': `${BUILT_ORIGIN}/`,
      };
      for (const segment of segments) {
        expect(await alternatesOf(`${site}/${segment}/${path}`), `/${segment}/${path}`).toEqual(expected);
      }
    }
  });

  test('a query in any of the three forms finds the passage on every variant’s pages', async ({ page }) => {
    // 理发店里 / 理髮店裡 / 理髮店裏: 里 has a Taiwan and a Hong Kong form; 说 / 說 / 説 likewise.
    const forms: Record<string, readonly string[]> = {
      'zh-hans': ['理发店里谈论', '都说要'],
      'zh-hant': ['理髮店裡談論', '都說要'],
      'zh-hk': ['理髮店裏談論', '都説要'],
    };
    for (const segment of segments) {
      await page.goto(`${site}/${segment}/simplified-source/`);
      for (const queries of Object.values(forms)) {
        for (const [i, query] of queries.entries()) {
          const results = await searchFor(page, query);
          await expect(results, `${segment}: ${query}`).toHaveCount(1);
          await expect(results.first()).toHaveAttribute('data-href', new RegExp(`^/${segment}/simplified-source/`));
          await expect(results.first().locator('mark').first(), `${segment}: ${query}`).toHaveText(forms[segment]![i]!);
        }
      }
    }
  });

  test('bylines pin surnames, and the page, its JSON-LD, feed and sitemaps say zh-HK', async ({ page, request }) => {
    await page.goto(`${site}/zh-hk/corrected-report/`);
    await expect(page.locator('.byline')).toHaveText('作者：于洋、余華、范冰冰、鍾漢良');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK');
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'zh_HK');
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld.inLanguage).toBe('zh-HK');
    expect(ld.author[0]).toEqual({ '@type': 'Person', name: '于洋', url: `${BUILT_ORIGIN}/zh-hk/author/yu-yang/` });
    const feed = await (await request.get(`${site}/zh-hk/feed.xml`)).text();
    expect(feed).toContain('<language>zh-HK</language>');
    expect(feed).toContain(`${BUILT_ORIGIN}/zh-hk/corrected-report/`);
    const news = await (await request.get(`${site}/zh-hk/news-sitemap.xml`)).text();
    expect(news).toContain('<news:language>zh-tw</news:language>');
    const index = await (await request.get(`${site}/sitemap-index.xml`)).text();
    for (const file of ['sitemap-articles.xml', 'sitemap-lists.xml', 'news-sitemap.xml'])
      expect(index).toContain(`<loc>${BUILT_ORIGIN}/zh-hk/${file}</loc>`);
    const share = await (await request.get(`${site}/zh-hk/corrected-report/share/`)).text();
    expect(share).toContain('lang="zh-HK"');
    expect((await request.get(`${site}/zh-hk/corrected-report/card.png`)).headers()['content-type']).toBe('image/png');
  });

  test('glyph shapes: a 香港繁體 page is drawn in the Hong Kong face of the font, 繁體 in the Taiwan one', async ({
    page,
  }) => {
    for (const [segment, region] of [
      ['zh-hk', 'HK'],
      ['zh-hant', 'TC'],
    ] as const) {
      await page.goto(`${site}/${segment}/photo-report/`);
      // The fonts Chromium drew the paragraph's text with, as DevTools lists them, most glyphs first.
      const cdp = await page.context().newCDPSession(page);
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#p1' });
      await cdp.send('CSS.enable');
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const drawn = fonts.sort((a, b) => b.glyphCount - a.glyphCount)[0]?.familyName;
      expect(drawn, segment).toMatch(new RegExp(`^(Noto Sans CJK|PingFang|Source Han Sans) ${region}$`));
      await cdp.detach();
    }
  });

  test('axe finds nothing on the Hong Kong pages', async ({ page }) => {
    for (const path of ['', 'photo-report/', 'simplified-source/', 'corrections/', 'photo-report/share/']) {
      await page.goto(`${site}/zh-hk/${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
});
