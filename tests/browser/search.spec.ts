import { expect, test, type Page, type Request } from '@playwright/test';
import * as OpenCC from 'opencc-js';
import { repairedSeed, simplifiedSeed, simplifiedText, slug } from '../support/seed.ts';
import { BUILT_ORIGIN, originOf } from '../support/sites.ts';
import { ARCHIVE_SITE_ARTICLES, archiveArticles } from '../support/archive-site.ts';
import { convertText } from '../../src/lib/conversion/convert.ts';
import { variantByLang, variantBySegment } from '../../src/lib/variants/variants.ts';
import { formatDate, parseArticleDate } from '../../src/lib/articles/dates.ts';
import { sectionById, sectionName } from '../../src/lib/sections/sections.ts';
import { ANY_SEGMENT } from '../support/pages.ts';
import { searchFor } from '../support/search-box.ts';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const article = (segment: string) => `/${segment}/${slug}/`;

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

test('the search index loads on intent, never on page load', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(article('zh-hant'));
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => /search-index|search-folding|search-hits/.test(p))).toEqual([]);
  await page.locator('.site-search__input').hover();
  await expect.poll(() => fetched.some((p) => p.endsWith('/search-index/zh-hant/0/pagefind-entry.json'))).toBe(true);
  await expect.poll(() => fetched.some((p) => p.endsWith('/zh-hant/search-folding.json'))).toBe(true);
});

test('keyboard only: / opens search, arrows choose, Enter lands on the marked passage', async ({ page }) => {
  await page.goto(article('zh-hans'));
  await expect(page.locator('.site-search__input')).toHaveAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  await page.keyboard.press('/');
  await expect(page.locator('.site-search__input')).toBeFocused();
  await page.keyboard.type('楓橋經驗');
  await expect(page.locator('.site-search__results [role="option"]')).toHaveCount(1);
  // The panel's look arrives with the search code: it floats over the page, and the chosen result is marked.
  await expect(page.locator('.site-search__panel')).toHaveCSS('position', 'absolute');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.site-search__input')).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
  await expect(page.locator('#site-search-option-0')).not.toHaveCSS('outline-style', 'none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh-hans\/yancheng-social-work-conference\/\?highlight=.+#p4$/);
  const mark = page.locator('#p4 mark.search-mark');
  await expect(mark).toHaveText('枫桥经验');
  await expect(mark).toBeInViewport();
});

test('Escape during a slow search cancels it: the panel stays closed when the results arrive', async ({ page }) => {
  // Every chunk and fragment of the index arrives 1.5 s late, so Escape comes while the search is still running.
  let requested = 0;
  let delayed = 0;
  await page.route(new RegExp(`/search-index/${ANY_SEGMENT}/\\d+/(index|fragment)/`), async (route) => {
    requested++;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    delayed++;
    await route.continue();
  });
  await page.goto(article('zh-hant'));
  await page.keyboard.press('Control+k');
  await page.keyboard.type('周斌');
  await expect(page.locator('.site-search__status')).toHaveText('搜尋中…');
  await page.keyboard.press('Escape');
  await expect(page.locator('.site-search__panel')).toBeHidden();
  // The search has run its course once every delayed file has arrived.
  await expect.poll(() => requested > 0 && delayed === requested).toBe(true);
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
  const entry = new RegExp(`/search-index/${ANY_SEGMENT}/\\d+/pagefind-entry\\.json`);
  await page.route(entry, (route) => route.abort());
  await page.goto(article('zh-hant'));
  await page.keyboard.press('/');
  await page.keyboard.type('周斌');
  await expect(page.locator('.site-search__status')).toHaveText('搜尋暫時無法使用，請稍後再試。');
  await page.unroute(entry);
  await page.locator('.site-search__input').fill('周斌 ');
  await expect(page.locator('.site-search__results [role="option"]')).toHaveCount(1);
});

test('with many articles: the count is the real total, the newest come first, ten are shown', async ({ page }) => {
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
  await expect(options).toHaveCount(10);
  // The rest are on the search page, which the panel links to.
  await expect(page.locator('.site-search__all')).toHaveText(`搜索结果（${matching.length + 1}）›`);
  await expect(page.locator('.site-search__all')).toHaveAttribute(
    'href',
    `/zh-hans/search/?q=${encodeURIComponent(query)}`,
  );
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

// ---------------------------------------------------------------------------------------------------------------
// On the archive of generated articles: the ground truth is computed from the fixture's own texts.

const archive = originOf('archive');
/**
 * Bytes a first search may fetch on the archive site (241 articles, its index in three parts of 100 pages so that
 * every search merges parts): a frequent word (ten results shown), and a phrase of four characters. Measured on
 * Pagefind: 130 kB and 125 kB, of which about 85 kB is fixed (its script, WebAssembly, entries and metadata, the
 * folding table and the search code); each part adds its metadata and a chunk for each word of the query.
 */
const SEARCH_BUDGET = { frequent: 140_000, phrase: 135_000 };

test('a first search on the archive fetches little: code, index and the records shown, within budget', async ({
  browser,
}) => {
  // Bytes on the wire as this server sends them: text gzip-compressed, the index's shards as they are.
  for (const [query, budget] of [
    ['发展', SEARCH_BUDGET.frequent],
    ['社会工作', SEARCH_BUDGET.phrase],
  ] as const) {
    // A fresh context each time, so that nothing is cached: each search is a reader's first.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${archive}/zh-hans/`);
    await page.waitForLoadState('networkidle');
    const sizes: Array<Promise<number>> = [];
    page.on('requestfinished', (request: Request) => sizes.push(request.sizes().then((s) => s.responseBodySize)));
    await searchFor(page, query);
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    expect(bytes, `${query}: ${bytes} B`).toBeLessThanOrEqual(budget);
    await context.close();
  }
});

/** An article of the archive site as a reader sees it on one variant's page. */
interface ArchiveText {
  slug: string;
  date: string;
  section: string;
  title: string;
  /** Headline, dateline and body, in the page's script. */
  text: string;
}

/** Every article of the archive site (the seed included) in one variant's script. */
function archiveTexts(segment: 'zh-hant' | 'zh-hans'): ArchiveText[] {
  const target = variantBySegment(segment);
  const generated = archiveArticles(ARCHIVE_SITE_ARTICLES).map((a) => {
    const [title, ...paragraphs] = convertText([a.title, ...a.paragraphs].join('\n'), variantByLang(a.script), target)
      .split('\n')
      .map((line) => line);
    return {
      slug: a.slug,
      date: a.date,
      section: a.section,
      title: title!,
      text: [title, formatDate(parseArticleDate(a.date)!), ...paragraphs].join('\n'),
    };
  });
  const seedLines = segment === 'zh-hant' ? repairedSeed : simplifiedSeed;
  const seedArticle = {
    slug,
    date: '2025-02-19',
    section: 'politics',
    title: seedLines[1]!,
    text: [...seedLines, formatDate(parseArticleDate('2025-02-19')!), segment === 'zh-hant' ? '鹽城' : '盐城'].join(
      '\n',
    ),
  };
  return [seedArticle, ...generated];
}

/** The slug a result links to. */
const slugOfHref = (href: string) => new RegExp(`^/${ANY_SEGMENT}/([^/?]+)/`).exec(href)![1]!;

/** Presses the search page's "more" until every result is listed. */
async function showAll(page: Page) {
  const more = page.locator('.search-page__more');
  const hits = page.locator('.search-page__results .search-hit');
  while (await more.isVisible()) {
    const count = await hits.count();
    await more.click();
    await expect(hits).not.toHaveCount(count);
  }
}

test('exact with many spellings: a query whose characters have more than 16 spellings loses no article', async ({
  page,
  request,
}) => {
  // On the Traditional page, a Simplified query is spelled through the folding table; find a passage whose
  // spelling comes after the first 16 of its query's spellings (the order they are tried in).
  const folding = (await (await request.get(`${archive}/zh-hant/search-folding.json`)).json()) as Record<
    string,
    string
  >;
  const spellingsOf = (c: string) => [...(folding[c] ?? c)];
  let chosen: { hant: string; hans: string } | undefined;
  for (const { text } of archiveTexts('zh-hant')) {
    for (const run of text.match(/\p{Script=Han}{10,}/gu) ?? []) {
      const hant = run.slice(0, 10);
      const hans = toSimplified(hant);
      if (hans.length !== hant.length) continue;
      let place = 0;
      let combinations = 1;
      [...hans].forEach((c, i) => {
        const options = spellingsOf(c);
        place = place * options.length + Math.max(0, options.indexOf(hant[i]!));
        combinations *= options.length;
      });
      if (combinations > 16 && place >= 16) chosen ??= { hant, hans };
    }
  }
  expect(chosen, 'a passage whose spelling is beyond the 16th').toBeDefined();
  const truth = archiveTexts('zh-hans').filter((a) => a.text.includes(chosen!.hans)).length;
  expect(truth).toBeGreaterThan(0);
  await page.goto(`${archive}/zh-hant/`);
  await searchFor(page, chosen!.hans);
  await expect(page.locator('.site-search__status'), chosen!.hans).toHaveText(`找到 ${truth} 篇文章`);
  await expect(page.locator('.site-search__results mark').first()).toHaveText(chosen!.hant);
});

test('punctuation inside a query matches it or its other-width twin; a pasted paragraph finds its article', async ({
  page,
}) => {
  for (const segment of ['zh-hant', 'zh-hans'] as const) {
    await page.goto(article(segment));
    for (const query of [
      '網約配送員、網約車司機',
      '周斌指出，黨的十',
      '周斌指出,黨的十',
      '黨委（黨組）',
      '黨委(黨組)',
    ]) {
      const results = await searchFor(page, query);
      await expect(results, `${segment}: ${query}`).toHaveCount(1);
      const inPage = segment === 'zh-hant' ? query : toSimplified(query);
      const mark = (await results.first().locator('mark').first().textContent())!;
      expect(mark.replace(/[，（）]/g, (c) => String.fromCodePoint(c.codePointAt(0)! - 0xfee0))).toBe(
        inPage.replace(/[，（）]/g, (c) => String.fromCodePoint(c.codePointAt(0)! - 0xfee0)),
      );
    }
    // The punctuation must be there: the same words with another mark between them are not a match.
    await expect(await searchFor(page, '周斌指出。黨的十')).toHaveCount(0);
    await expect(await searchFor(page, '網約配送員網約車司機')).toHaveCount(0);
  }
  // A whole paragraph pasted with a line break in it (line breaks separate terms, like spaces).
  await page.goto(article('zh-hans'));
  const paragraph = repairedSeed[4]!;
  const pasted = `${paragraph.slice(0, 40)}\n${paragraph.slice(40)}`;
  const results = await searchFor(page, pasted);
  await expect(results).toHaveCount(1);
  // Arriving from a punctuated query marks it whole in the article.
  const punctuated = await searchFor(page, '黨委（黨組）');
  await punctuated.first().click();
  await expect(page.locator('mark.search-mark').first()).toHaveText('党委（党组）');
  await expect(page.locator('mark.search-mark').first()).toBeInViewport();
});

test('an input method’s composition is not searched; the committed text is', async ({ page }) => {
  await page.goto(article('zh-hant'));
  const input = page.locator('.site-search__input');
  // A first search, then an empty box: a search started now would show the panel at once.
  await searchFor(page, '周斌');
  await input.fill('');
  await expect(page.locator('.site-search__panel')).toBeHidden();
  const cdp = await page.context().newCDPSession(page);
  for (const text of ['s', 'sh', 'she', 'sheh', 'shehui']) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await expect(input).toHaveValue(text);
    await expect(page.locator('.site-search__panel')).toBeHidden();
    await expect(page.locator('.site-search__status')).toHaveText('');
  }
  await cdp.send('Input.insertText', { text: '社會' });
  await expect(input).toHaveValue('社會');
  await expect(page.locator('.site-search__status')).toHaveText('找到 1 篇文章');
  await expect(page.locator('.site-search__results [role="option"]')).toHaveCount(1);
});

test('Latin words and digits are found, Latin in any case', async ({ page }) => {
  const texts = archiveTexts('zh-hans');
  // Latin letters and digits match whole runs of them; Han characters anywhere.
  const edge = '[\\p{Script=Latin}\\p{N}]';
  const whole = (run: string) =>
    new RegExp(
      (/^[a-z0-9]/i.test(run) ? `(?<!${edge})` : '') +
        run.replace(/[.]/g, '\\.') +
        (/[a-z0-9]$/i.test(run) ? `(?!${edge})` : ''),
      'iu',
    );
  await page.goto(`${archive}/zh-hans/`);
  for (const [query, runs] of [
    ['ESPN', ['ESPN']],
    ['espn', ['ESPN']],
    ['iPhone 15', ['iPhone', '15']],
    ['IPHONE', ['iPhone']],
    ['2025年', ['2025年']],
    ['PM2.5', ['PM2.5']],
  ] as const) {
    const truth = texts.filter((a) => runs.every((run) => whole(run).test(a.text))).length;
    expect(truth, query).toBeGreaterThan(0);
    await searchFor(page, query);
    await expect(page.locator('.site-search__status'), query).toHaveText(`找到 ${truth} 篇文章`);
    const mark = await page.locator('.site-search__results mark').first().textContent();
    expect(mark!.toLowerCase(), query).toContain(runs[0].toLowerCase());
  }
});

test('full-width Latin and digits find what half-width ones find; an ASCII full stop matches 。', async ({ page }) => {
  await page.goto(`${archive}/zh-hans/`);
  for (const [narrow, wide] of [
    ['ESPN', 'ＥＳＰＮ'],
    ['2025年', '２０２５年'],
  ] as const) {
    await searchFor(page, narrow);
    const count = await page.locator('.site-search__status').textContent();
    expect(count, narrow).toMatch(/^找到 \d+ 篇文章$/);
    await searchFor(page, wide);
    await expect(page.locator('.site-search__status'), wide).toHaveText(count!);
  }
  await page.goto(article('zh-hant'));
  const results = await searchFor(page, '周斌出席並講話.他強調');
  await expect(results).toHaveCount(1);
  await expect(results.first().locator('mark').first()).toHaveText('周斌出席並講話。他強調');
});

test('every result shows its date and section, and a match in its headline is marked', async ({ page }) => {
  await page.goto(`${archive}/zh-hans/search/?q=${encodeURIComponent('社会工作')}`);
  const hits = page.locator('.search-page__results .search-hit');
  await expect(hits.first()).toBeVisible();
  for (const hit of await hits.all()) {
    await expect(hit.locator('.search-hit__about time')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    await expect(hit.locator('.search-hit__about time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(hit.locator('.search-hit__section')).not.toBeEmpty();
  }
  // The seed's headline, 奋力推动盐城社会工作高质量发展, holds the query: it is marked there.
  const seedHit = hits.filter({ has: page.locator(`a[href^="/zh-hans/${slug}/"]`) });
  await expect(seedHit.locator('h2 mark')).toHaveText('社会工作');
  await expect(seedHit.locator('.search-hit__about')).toHaveText(
    `2025年2月19日 · ${sectionName(sectionById('politics'), variantBySegment('zh-hans'))}`,
  );
});

test('Escape in the header box, opened by a click, closes the panel and leaves focus in the box', async ({ page }) => {
  await page.goto(article('zh-hant'));
  const input = page.locator('.site-search__input');
  await input.click();
  await page.keyboard.type('周斌');
  await expect(page.locator('.site-search__panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.site-search__panel')).toBeHidden();
  await expect(input).toBeFocused();
});

test('ranking: newest first; within a day, a headline holding the query before a passing mention', async ({ page }) => {
  const texts = archiveTexts('zh-hans');
  const byslug = new Map(texts.map((a) => [a.slug, a]));
  // A query from a headline that some article of the same day mentions only in its text.
  const mixedDays = (query: string) => {
    const days = new Map<string, Set<boolean>>();
    for (const a of texts.filter((t) => t.text.includes(query)))
      days.set(a.date, (days.get(a.date) ?? new Set()).add(a.title.includes(query)));
    return [...days.values()].filter((kinds) => kinds.size === 2).length;
  };
  const candidates = texts.flatMap((a) => [a.title.slice(0, 2), a.title.slice(0, 3)]);
  const query = candidates.sort((a, b) => mixedDays(b) - mixedDays(a))[0]!;
  expect(mixedDays(query), query).toBeGreaterThan(0);
  await page.goto(`${archive}/zh-hans/search/?q=${encodeURIComponent(query)}`);
  const truth = texts.filter((a) => a.text.includes(query));
  await expect(page.locator('.search-page__status')).toHaveText(`找到 ${truth.length} 篇文章`);
  await showAll(page);
  const links = page.locator('.search-page__results .search-hit__title');
  await expect(links).toHaveCount(truth.length);
  const shown = (await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')!))).map((href) =>
    byslug.get(slugOfHref(href))!,
  );
  const expected = [...shown].sort(
    (a, b) => b.date.localeCompare(a.date) || Number(b.title.includes(query)) - Number(a.title.includes(query)),
  );
  expect(shown.map((a) => [a.date, a.title.includes(query)])).toEqual(
    expected.map((a) => [a.date, a.title.includes(query)]),
  );
});

test('one search spans every part of the index: the newest article, alone in the newest part, and the oldest', async ({
  page,
}) => {
  // The archive's index: two parts of 100 pages, two of 20, and its newest article (the seed) alone.
  const texts = archiveTexts('zh-hans');
  const byAge = [...texts].sort((a, b) => a.date.localeCompare(b.date) || (a.slug < b.slug ? -1 : 1));
  const [oldest, newest] = [byAge[0]!, byAge.at(-1)!];
  expect(newest.slug).toBe(slug);
  // A word of the seed's that the oldest article has too.
  const shared = [...newest.text.matchAll(/\p{Script=Han}{2}/gu)].map((m) => m[0]).find((w) => oldest.text.includes(w));
  expect(shared, 'a word in both the newest and the oldest article').toBeDefined();
  const truth = texts.filter((a) => a.text.includes(shared!));
  await page.goto(`${archive}/zh-hans/search/?q=${encodeURIComponent(shared!)}`);
  await expect(page.locator('.search-page__status')).toHaveText(`找到 ${truth.length} 篇文章`);
  await showAll(page);
  const hrefs = await page
    .locator('.search-page__results .search-hit a')
    .evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
  const found = hrefs.map(slugOfHref);
  expect(found[0]).toBe(newest.slug);
  expect(found).toContain(oldest.slug);
  expect([...found].sort()).toEqual(truth.map((a) => a.slug).sort());
});

test('the search page: more results, a section filter with counts, the query in its title and the header box', async ({
  page,
}) => {
  const query = '发展';
  const texts = archiveTexts('zh-hans');
  const truth = texts.filter((a) => a.text.includes(query));
  expect(truth.length).toBeGreaterThan(40);
  await page.goto(`${archive}/zh-hans/search/?q=${encodeURIComponent(query)}`);
  await expect(page).toHaveTitle(new RegExp(`^${query} - 搜索结果 \\| `));
  await expect(page.locator('.site-search__input')).toHaveValue(query);
  const status = page.locator('.search-page__status');
  await expect(status).toHaveText(`找到 ${truth.length} 篇文章`);
  const hits = page.locator('.search-page__results .search-hit');
  await expect(hits).toHaveCount(10);
  await page.locator('.search-page__more').click();
  await expect(hits).toHaveCount(20);
  await expect(hits.nth(10).locator('a')).toBeFocused();
  await showAll(page);
  await expect(hits).toHaveCount(truth.length);
  await expect(status).toHaveText(`找到 ${truth.length} 篇文章`);
  const slugs = (await hits.locator('a').evaluateAll((els) => els.map((el) => el.getAttribute('href')!))).map(
    slugOfHref,
  );
  expect(new Set(slugs)).toEqual(new Set(truth.map((a) => a.slug)));

  // Each section with results, with its count; choosing one lists only its articles.
  const filter = page.getByRole('navigation', { name: '按栏目筛选' });
  const counts = new Map<string, number>();
  for (const a of truth) counts.set(a.section, (counts.get(a.section) ?? 0) + 1);
  for (const [id, count] of counts) {
    await expect(
      filter.getByRole('link', { name: `${sectionName(sectionById(id), variantBySegment('zh-hans'))} ${count}` }),
    ).toBeVisible();
  }
  await expect(filter.getByRole('link', { name: `全部 ${truth.length}` })).toHaveAttribute('aria-current', 'true');
  const [section, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const name = sectionName(sectionById(section), variantBySegment('zh-hans'));
  await filter.getByRole('link', { name: `${name} ${count}` }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]section=${section}`));
  await expect(status).toHaveText(`找到 ${count} 篇文章`);
  await expect(filter.getByRole('link', { name: `${name} ${count}` })).toHaveAttribute('aria-current', 'true');
  await showAll(page);
  const inSection = (await hits.locator('a').evaluateAll((els) => els.map((el) => el.getAttribute('href')!))).map(
    slugOfHref,
  );
  expect(new Set(inSection)).toEqual(new Set(truth.filter((a) => a.section === section).map((a) => a.slug)));
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  test('every header control is at least 44×44 px, and the search box opens wide enough to type in', async ({
    page,
  }) => {
    for (const segment of ['zh-hant', 'zh-hans'] as const) {
      await page.goto(article(segment));
      const controls = page.locator('.site-header').locator('a, button, input, summary');
      for (const control of await controls.all()) {
        if (!(await control.isVisible())) continue;
        const box = (await control.boundingBox())!;
        const name = await control.evaluate((el) => el.outerHTML.slice(0, 80));
        expect(box.width, name).toBeGreaterThanOrEqual(44);
        expect(box.height, name).toBeGreaterThanOrEqual(44);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const input = page.locator('.site-search__input');
      await input.tap();
      await expect(input).toBeFocused();
      // Focused, the box spans the header: room for a query of ten characters beside the buttons.
      expect((await input.boundingBox())!.width).toBeGreaterThanOrEqual(200);
      await input.fill('社會工作');
      await expect(page.locator('.site-search__results [role="option"]')).toHaveCount(1);
      const visible = await input.evaluate((el) => getComputedStyle(el).color !== 'rgba(0, 0, 0, 0)');
      expect(visible).toBe(true);
    }
  });
});
