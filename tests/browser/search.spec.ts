import { expect, test, type Page } from '@playwright/test';
import * as OpenCC from 'opencc-js';
import { repairedSeed, simplifiedSeed, simplifiedText, slug } from '../support/seed.ts';
import { BUILT_ORIGIN, originOf } from '../support/sites.ts';
import { ARCHIVE_SITE_ARTICLES, archiveArticles } from '../support/archive-site.ts';
import { convertText } from '../../src/lib/conversion/convert.ts';
import { variantByLang, variantBySegment } from '../../src/lib/variants/variants.ts';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const article = (segment: string) => `/${segment}/${slug}/`;

/** Types a query into the header search box and waits for its results. */
async function searchFor(page: Page, query: string) {
  const input = page.getByRole('searchbox').or(page.getByRole('combobox')).first();
  await input.fill('');
  await expect(page.locator('.site-search__status')).toHaveText('');
  await input.fill(query);
  await expect(page.locator('.site-search__status')).toHaveText(/找到|没有结果|沒有結果/);
  return page.locator('.site-search__results [role="option"]');
}

const matrix = [
  // [query, words that must be marked on the zh-hant page, on the zh-hans page]
  ['社會工作', ['社會工作'], ['社会工作']],
  ['社会工作', ['社會工作'], ['社会工作']],
  ['周斌', ['周斌'], ['周斌']],
  ['吳煒', ['吳煒'], ['吴炜']],
  ['吴炜', ['吳煒'], ['吴炜']],
  ['楓橋經驗', ['楓橋經驗'], ['枫桥经验']],
  ['枫桥经验', ['楓橋經驗'], ['枫桥经验']],
  ['基層 治理', ['基層', '治理'], ['基层', '治理']],
  ['社會工作会议', ['社會工作會議'], ['社会工作会议']],
  ['生命周期', ['生命週期'], ['生命周期']],
] as const;

for (const segment of ['zh-hant', 'zh-hans'] as const) {
  test.describe(`searching on the ${segment} article`, () => {
    test('a query in either script finds the passage in the page’s script, whole words marked', async ({ page }) => {
      await page.goto(article(segment));
      for (const [query, hant, hans] of matrix) {
        const results = await searchFor(page, query);
        await expect(results, query).toHaveCount(1);
        await expect(results.first(), query).toHaveAttribute(
          'data-href',
          new RegExp(`^/${segment}/${slug}/\\?highlight=[^#]+#p\\d$`),
        );
        const marks = await results.first().locator('mark').allTextContents();
        const expected = segment === 'zh-hant' ? hant : hans;
        for (const word of expected) expect(marks, `${query} marks ${word}`).toContain(word);
        // Every mark is made of matched words only (adjacent words share one mark).
        const onlyMatches = new RegExp(`^(?:${expected.join('|')})+$`);
        for (const mark of marks) expect(mark, `${query}: ${mark} is not a match`).toMatch(onlyMatches);
        // The excerpt is a passage of the article as written in the page's script.
        const excerpt = (await results.first().locator('.search-hit__excerpt').textContent())!;
        const text = (segment === 'zh-hant' ? repairedSeed : simplifiedSeed).join('\n');
        for (const passage of excerpt.split('…').filter(Boolean)) expect(text, query).toContain(passage);
      }
    });

    test('a query with no match says so in the page’s script', async ({ page }) => {
      await page.goto(article(segment));
      const results = await searchFor(page, '量子計算機');
      await expect(results).toHaveCount(0);
      await expect(page.locator('.site-search__status')).toHaveText(
        segment === 'zh-hant' ? '沒有結果：找不到「量子計算機」' : '没有结果：找不到“量子計算機”',
      );
    });
  });
}

test('recall: every word of the article is found on both pages, typed in either script, and marked whole', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const words = [
    '社會工作',
    '市委書記',
    '習近平',
    '新就業群體',
    '紅色動能',
    '高質量發展',
    '幹字當頭',
    '紮實',
    '註冊會計師',
    '徵集渠道',
    '志願服務',
    '心繫群眾',
    '人民性',
    '高水平安全',
    '社情民意',
    '快遞員',
    '網約車司機',
    '黨委',
    '政治性',
    '開拓進取',
    '鹽南高新區',
    '亭湖區委',
    '視頻會議',
    '關鍵時期',
    '矛盾糾紛化解',
    '四下基層',
    '民營企業',
    '統戰部',
    '現代化產業體系',
    '踏踏實實',
    '幹部',
    '為什麼',
    '處於',
    '鹽城經濟技術開發區',
    '新興領域',
    '全局',
  ];
  for (const segment of ['zh-hant', 'zh-hans'] as const) {
    await page.goto(article(segment));
    for (const word of words) {
      const inPage = segment === 'zh-hant' ? word : toSimplified(word);
      for (const query of new Set([word, toSimplified(word)])) {
        const results = await searchFor(page, query);
        await expect(results, `${segment}: ${query}`).toHaveCount(1);
        expect(await results.first().locator('mark').first().textContent(), `${segment}: ${query}`).toBe(inPage);
      }
    }
  }
});

test('Pagefind loads on intent, never on page load', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(article('zh-hant'));
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.includes('pagefind') || p.includes('search-folding'))).toEqual([]);
  await page.locator('.site-search__input').hover();
  await expect.poll(() => fetched.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  await expect.poll(() => fetched.some((p) => p.endsWith('/zh-hant/search-folding.json'))).toBe(true);
});

test('keyboard only: / opens search, arrows choose, Enter lands on the marked passage', async ({ page }) => {
  await page.goto(article('zh-hans'));
  await expect(page.locator('.site-search__input')).toHaveAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  await page.keyboard.press('/');
  await expect(page.locator('.site-search__input')).toBeFocused();
  await page.keyboard.type('楓橋經驗');
  await expect(page.locator('.site-search__results [role="option"]')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.site-search__input')).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh-hans\/yancheng-social-work-conference\/\?highlight=.+#p4$/);
  const mark = page.locator('#p4 mark.search-mark');
  await expect(mark).toHaveText('枫桥经验');
  await expect(mark).toBeInViewport();
});

test('Escape during a slow search cancels it: the panel stays closed when the results arrive', async ({ page }) => {
  // Every index and fragment file arrives 1.5 s late, so Escape comes while the search is still running.
  let delayed = 0;
  await page.route(/\/pagefind\/(index|fragment)\//, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    delayed++;
    await route.continue();
  });
  await page.goto(article('zh-hant'));
  // The search has finished once the result's fragment has arrived.
  const fragment = page.waitForResponse(/\/pagefind\/fragment\//);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('周斌');
  await expect(page.locator('.site-search__status')).toHaveText('搜尋中…');
  await page.keyboard.press('Escape');
  await expect(page.locator('.site-search__panel')).toBeHidden();
  await fragment;
  expect(delayed).toBeGreaterThan(0);
  // One more turn of the page's event loop for the results to be handled.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  await expect(page.locator('.site-search__panel')).toBeHidden();
});

test('Ctrl+K opens search and Escape closes it, returning focus', async ({ page }) => {
  await page.goto(article('zh-hant'));
  const switchLink = page.getByRole('link', { name: '简体' });
  await switchLink.focus();
  await page.keyboard.press('Control+k');
  await expect(page.locator('.site-search__input')).toBeFocused();
  await page.keyboard.type('周斌');
  await expect(page.locator('.site-search__panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.site-search__panel')).toBeHidden();
  await expect(switchLink).toBeFocused();
});

test('the search page shows the same results for a shareable URL', async ({ page }) => {
  await page.goto(`/zh-hans/search/?q=${encodeURIComponent('社會工作')}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('#search-page-input')).toHaveValue('社會工作');
  const hits = page.locator('.search-page__results .search-hit');
  await expect(hits).toHaveCount(1);
  await expect(hits.first().locator('a')).toHaveAttribute(
    'href',
    /^\/zh-hans\/yancheng-social-work-conference\/\?highlight=/,
  );
  await expect(hits.first().locator('mark').first()).toHaveText('社会工作');
  await expect(page.locator('.search-page__status')).toHaveText('找到 1 篇文章');
});

test('hostile input is shown as text and runs nothing', async ({ page }) => {
  const hostile = '<img src=x onerror=alert(1)>';
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(article('zh-hant'));
  await searchFor(page, hostile);
  await expect(page.locator('.site-search__status')).toHaveText(`沒有結果：找不到「${hostile}」`);
  await page.goto(`/zh-hant/search/?q=${encodeURIComponent(hostile)}`);
  await expect(page.locator('.search-page__status')).toHaveText(`沒有結果：找不到「${hostile}」`);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('an OpenSearch description lets browsers add the site search', async ({ page, request }) => {
  await page.goto('/zh-hant/');
  const href = await page.locator('link[rel="search"]').getAttribute('href');
  expect(href).toBe('/zh-hant/opensearch.xml');
  const xml = await (await request.get(href!)).text();
  expect(xml).toContain(`template="${BUILT_ORIGIN}/zh-hant/search/?q={searchTerms}"`);
  expect(xml).toContain('<ShortName>鹽城新聞</ShortName>');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header form submits to the search page, which says search needs JavaScript', async ({ page }) => {
    await page.goto(article('zh-hant'));
    await page.locator('.site-search__input').fill('周斌');
    await page.locator('.site-search__input').press('Enter');
    await expect(page).toHaveURL(`/zh-hant/search/?q=${encodeURIComponent('周斌')}`);
    await expect(page.locator('.search-page__notice')).toContainText('搜尋需要 JavaScript');
  });
});

test('switching script on the search page keeps the query', async ({ page }) => {
  await page.goto(`/zh-hant/search/?q=${encodeURIComponent('周斌')}`);
  await expect(page.locator('.search-page__results .search-hit')).toHaveCount(1);
  await page.getByRole('link', { name: '简体' }).click();
  await expect(page).toHaveURL(`/zh-hans/search/?q=${encodeURIComponent('周斌')}`);
  await expect(page.locator('.search-page__results .search-hit mark').first()).toHaveText('周斌');
});

test('when the search files cannot load, the box says so, and a later try works', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.abort());
  await page.goto(article('zh-hant'));
  await page.keyboard.press('/');
  await page.keyboard.type('周斌');
  await expect(page.locator('.site-search__status')).toHaveText('搜尋暫時無法使用，請稍後再試。');
  await page.unroute('**/pagefind/pagefind.js');
  await page.locator('.site-search__input').fill('周斌 ');
  await expect(page.locator('.site-search__results [role="option"]')).toHaveCount(1);
});

test('with many articles: the count is the real total, the newest come first, twenty are shown', async ({ page }) => {
  // The ground truth, from the fixture's own texts: the articles whose Simplified text contains the query.
  const query = '发展';
  const hans = variantBySegment('zh-hans');
  const matching = archiveArticles(ARCHIVE_SITE_ARTICLES).filter((a) =>
    convertText([a.title, ...a.paragraphs].join('\n'), variantByLang(a.script), hans).includes(query),
  );
  expect(simplifiedText).toContain(query);
  const dateOf = new Map(matching.map((a) => [a.slug, a.date]));
  await page.goto(`${originOf('archive')}/zh-hans/`);
  const options = await searchFor(page, query);
  await expect(page.locator('.site-search__status')).toHaveText(`找到 ${matching.length + 1} 篇文章`);
  await expect(options).toHaveCount(20);
  const dates = (await options.evaluateAll((els) => els.map((el) => el.getAttribute('data-href')!))).map(
    (href) => dateOf.get(/^\/zh-hans\/([^/]+)\//.exec(href)![1]!) ?? '2025-02-19',
  );
  expect(dates).toEqual([...dates].sort().reverse());
  expect(dates[0]).toBe('2025-02-19'); // the seed article is the newest
  expect(dates[1]).toBe(
    matching
      .map((a) => a.date)
      .sort()
      .at(-1),
  );
});
