/** The NewsArticle JSON-LD of an article page: who wrote it, when it last changed, its image and its publisher. */
import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../src/lib/articles/schema.ts';
import { newsArticleLd, type ArticleLdInput } from '../../src/lib/articles/json-ld.ts';
import { variantBySegment } from '../../src/lib/variants/variants.ts';

const hant = variantBySegment('zh-hant');
const origin = 'https://news.example';
const article = (fields: Record<string, unknown> = {}): ArticleLdInput => ({
  data: articleSchema.parse({
    title: '標題',
    section: 'society',
    date: '2025-03-01',
    description: '一句話。',
    ...fields,
  }),
  variant: hant,
  url: `${origin}/zh-hant/a/`,
  section: '社會',
  breadcrumb: [{ name: '首頁', url: `${origin}/zh-hant/` }],
  authors: [],
  image: `${origin}/zh-hant/a/card.png`,
  site: { url: `${origin}/zh-hant/`, icon: `${origin}/favicon.svg` },
});

describe('NewsArticle JSON-LD', () => {
  test('each name of the byline is a Person, in the page’s script, linked to their page when they have one', () => {
    const ld = newsArticleLd({
      ...article(),
      authors: [{ name: '鍾漢良', url: `${origin}/zh-hant/author/zhong-hanliang/` }, { name: '于洋' }],
    });
    expect(ld.author).toEqual([
      { '@type': 'Person', name: '鍾漢良', url: `${origin}/zh-hant/author/zhong-hanliang/` },
      { '@type': 'Person', name: '于洋' },
    ]);
  });

  test('without a byline, the author is the site, an Organization', () => {
    expect(newsArticleLd(article()).author).toEqual([
      { '@type': 'Organization', name: '鹽城新聞', url: `${origin}/zh-hant/` },
    ]);
  });

  test('dateModified is the update in China time, or the publication before any update', () => {
    expect(newsArticleLd(article()).dateModified).toBe('2025-03-01T00:00:00+08:00');
    const updated = newsArticleLd(article({ updated: '2025-03-03T01:15:00Z' }));
    expect(updated.datePublished).toBe('2025-03-01T00:00:00+08:00');
    expect(updated.dateModified).toBe('2025-03-03T09:15:00+08:00');
  });

  test('the image is what a shared link shows; the publisher is the site, with its icon as logo', () => {
    const ld = newsArticleLd(article());
    expect(ld.image).toEqual([`${origin}/zh-hant/a/card.png`]);
    expect(ld.publisher).toEqual({
      '@type': 'Organization',
      name: '鹽城新聞',
      url: `${origin}/zh-hant/`,
      logo: { '@type': 'ImageObject', url: `${origin}/favicon.svg`, width: 32, height: 32 },
    });
  });
});
