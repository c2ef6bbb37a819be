/**
 * The newsroom's workflow as readers and machines see it, on the fixture
 * articles built at a fixed "now" (BUILD_TIME): bylines with their surnames,
 * times, a correction, a retraction, a moved article, a draft and a scheduled
 * article, the corrections page and the news sitemap; and the same articles
 * in the preview build.
 */
import { expect, test, type Page } from '@playwright/test';
import { BUILT_ORIGIN, originOf } from '../support/sites.ts';

const site = originOf('fixtures');
const preview = originOf('preview');

/** The paths of the articles a list page links to. */
async function listed(page: Page): Promise<string[]> {
  return page.locator('.teaser__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

test.describe('bylines and times', () => {
  test('in Traditional script, the surnames 于 余 范 stay and 钟 is 鍾; the time shows beside the date', async ({
    page,
  }) => {
    await page.goto(`${site}/zh-hant/corrected-report/`);
    await expect(page.locator('.byline')).toHaveText('作者：于洋、余華、范冰冰、鍾漢良');
    await expect(page.locator('.dateline time').first()).toHaveText('2025年3月2日 10:30');
    await expect(page.locator('.dateline time').first()).toHaveAttribute('datetime', '2025-03-02T10:30:00+08:00');
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld.datePublished).toBe('2025-03-02T10:30:00+08:00');
    expect(ld.author.map((a: { name: string }) => a.name)).toEqual(['于洋', '余華', '范冰冰', '鍾漢良']);
    expect(ld.author[0]).toEqual({ '@type': 'Person', name: '于洋', url: `${BUILT_ORIGIN}/zh-hant/author/yu-yang/` });
  });

  test('in Simplified script, and from a Traditional original', async ({ page }) => {
    await page.goto(`${site}/zh-hans/corrected-report/`);
    await expect(page.locator('.byline')).toHaveText('作者：于洋、余华、范冰冰、钟汉良');
    await page.goto(`${site}/zh-hans/traditional-byline/`);
    await expect(page.locator('.byline')).toHaveText('作者：钟汉良');
    await expect(page.locator('.dateline time')).toHaveText('2025年3月1日 08:05');
  });

  test('an author’s name leads to their page, which lists their articles', async ({ page }) => {
    await page.goto(`${site}/zh-hant/corrected-report/`);
    await page.locator('.byline').getByRole('link', { name: '于洋' }).click();
    await expect(page).toHaveURL(`${site}/zh-hant/author/yu-yang/`);
    await expect(page.locator('h1')).toHaveText('于洋');
    await expect(page.getByText('鹽城本地記者，報道社區與民生。')).toBeVisible();
    expect(await listed(page)).toEqual(['/zh-hant/corrected-report/']);
  });
});

test.describe('changes after publication', () => {
  test('a correction shows above the text, with the time of the update in the dateline', async ({ page }) => {
    await page.goto(`${site}/zh-hant/corrected-report/`);
    await expect(page.locator('.dateline__updated')).toHaveText('更新於 2025年3月3日 09:15');
    const notice = page.locator('.notice--correction');
    await expect(notice).toHaveText('更正（2025年3月3日 09:15）：本文原稱服務中心週日開放，實為週六開放。');
    // Above the text: the notice comes before the first paragraph.
    const [noticeTop, textTop] = await Promise.all(
      [notice, page.locator('#p1')].map(async (l) => (await l.boundingBox())!.y),
    );
    expect(noticeTop!).toBeLessThan(textTop!);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld.dateModified).toBe('2025-03-03T09:15:00+08:00');
  });

  test('the corrections page lists corrections and retractions, most recent first, linked', async ({ page }) => {
    // Readers reach it from a correction's label, and from the archive.
    await page.goto(`${site}/zh-hans/corrected-report/`);
    await page.locator('.notice--correction').getByRole('link', { name: '更正' }).click();
    await expect(page).toHaveURL(`${site}/zh-hans/corrections/`);
    await expect(page.locator('h1')).toHaveText('更正与撤回');
    expect(await listed(page)).toEqual(['/zh-hans/corrected-report/', '/zh-hans/retracted-report/']);
    await expect(page.locator('.teaser').first()).toContainText('本文原称服务中心周日开放，实为周六开放。');
    await expect(page.locator('.teaser').nth(1)).toContainText('撤回');
    await page.getByRole('link', { name: '新建大桥下月通车' }).click();
    await expect(page.locator('.notice--retracted')).toBeVisible();
  });

  test('a retracted article keeps its page, with the notice at the top and noindex', async ({ page }) => {
    await page.goto(`${site}/zh-hans/retracted-report/`);
    await expect(page.locator('.notice--retracted h2')).toHaveText('本文已撤回');
    await expect(page.locator('.notice--retracted')).toContainText('本文所称大桥通车日期未经证实，已撤回。');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });

  test('a retracted article leaves the lists, the feeds, the sitemap and search', async ({ page, request }) => {
    for (const list of ['/zh-hans/', '/zh-hans/society/', '/zh-hans/archive/2025/02/']) {
      await page.goto(`${site}${list}`);
      expect(await listed(page), list).not.toContain('/zh-hans/retracted-report/');
      expect(await listed(page), list).toContain('/zh-hans/renamed-report/');
    }
    // The retracted article is the one just before this one in its section: it would be the first "earlier" link.
    await page.goto(`${site}/zh-hans/renamed-report/`);
    await expect(page.locator('a[href="/zh-hans/retracted-report/"]')).toHaveCount(0);
    for (const feed of ['/zh-hans/feed.xml', '/zh-hans/society/feed.xml', '/zh-hans/sitemap-articles.xml']) {
      const xml = await (await request.get(`${site}${feed}`)).text();
      expect(xml, feed).toContain('/zh-hans/renamed-report/');
      expect(xml, feed).not.toContain('retracted-report');
    }
    await page.goto(`${site}/zh-hans/search/?q=${encodeURIComponent('新建大桥')}`);
    await expect(page.locator('.search-page__status')).toHaveText('没有结果：找不到“新建大桥”');
    await page.goto(`${site}/zh-hans/search/?q=${encodeURIComponent('新增步道')}`);
    await expect(page.locator('.search-page__status')).toHaveText('找到 1 篇文章');
  });

  test('an old address lands on the article, and _redirects answers it with a 301', async ({ page, request }) => {
    await page.goto(`${site}/zh-hant/park-trail-old/`);
    await expect(page).toHaveURL(`${site}/zh-hant/renamed-report/`);
    await expect(page.locator('h1')).toHaveText('鹽城公園新增步道');
    const redirects = await (await request.get(`${site}/_redirects`)).text();
    expect(redirects).toContain('/zh-hant/park-trail-old/ /zh-hant/renamed-report/ 301');
    expect(redirects).toContain('/zh-hans/park-trail-old/ /zh-hans/renamed-report/ 301');
  });
});

test.describe('before publication', () => {
  const unpublished = ['draft-report', 'embargoed-report'];

  test('a draft and an article not yet due are nowhere in the build', async ({ page, request }) => {
    for (const slug of unpublished) {
      for (const segment of ['zh-hant', 'zh-hans']) {
        expect((await request.get(`${site}/${segment}/${slug}/`)).status(), slug).toBe(404);
      }
    }
    await page.goto(`${site}/zh-hans/`);
    const front = await listed(page);
    expect(front.length).toBeGreaterThan(3);
    for (const slug of unpublished) expect(front).not.toContain(`/zh-hans/${slug}/`);
    for (const file of ['/zh-hans/feed.xml', '/zh-hans/sitemap-articles.xml', '/zh-hans/news-sitemap.xml']) {
      const xml = await (await request.get(`${site}${file}`)).text();
      for (const slug of unpublished) expect(xml, file).not.toContain(slug);
    }
    // 测试文字 is in the moved, retracted, draft and scheduled articles: only the moved one is published and indexed.
    await page.goto(`${site}/zh-hans/search/?q=${encodeURIComponent('测试文字')}`);
    await expect(page.locator('.search-page__status')).toHaveText('找到 1 篇文章');
  });

  test('the preview build has them, each with its banner, and nothing in it may be indexed', async ({
    page,
    request,
  }) => {
    await page.goto(`${preview}/zh-hans/draft-report/`);
    await expect(page.locator('.notice--unpublished')).toHaveText('草稿：本文尚未发布，只在预览中可见。');
    await page.goto(`${preview}/zh-hant/embargoed-report/`);
    await expect(page.locator('.notice--unpublished')).toHaveText('預定 2025年3月4日 08:00 發佈，尚未公開。');
    for (const path of ['/zh-hant/embargoed-report/', '/zh-hans/', '/zh-hans/corrected-report/']) {
      await page.goto(`${preview}${path}`);
      await expect(page.locator('meta[name="robots"]'), path).toHaveAttribute('content', 'noindex');
    }
    expect(await (await request.get(`${preview}/robots.txt`)).text()).toContain('Disallow: /');
    await page.goto(`${preview}/zh-hans/search/?q=${encodeURIComponent('测试文字')}`);
    await expect(page.locator('.search-page__status')).toHaveText('找到 3 篇文章');
  });
});

test('the news sitemap lists the last two days before the build, with their times', async ({ request }) => {
  const index = await (await request.get(`${site}/sitemap-index.xml`)).text();
  expect(index).toContain(`<loc>${BUILT_ORIGIN}/zh-hans/news-sitemap.xml</loc>`);
  const news = await (await request.get(`${site}/zh-hans/news-sitemap.xml`)).text();
  const urls = [...news.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  // Built at 2025-03-03 12:00: 3 March 08:00 and 2 March 10:30 are within two days; 1 March 08:05 is not.
  expect(urls).toEqual([`${BUILT_ORIGIN}/zh-hans/photo-report/`, `${BUILT_ORIGIN}/zh-hans/corrected-report/`]);
  expect(news).toContain('<news:publication_date>2025-03-02T10:30:00+08:00</news:publication_date>');
  expect(news).toContain('<news:title>社区服务中心延长开放时间</news:title>');
});
