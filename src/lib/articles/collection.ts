/**
 * Queries over the article collection, in the reader's terms: newest first,
 * by section, by month, and the articles published just before one in its
 * section. Runs at build time inside Astro (it reads `astro:content`).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sectionById, sections, type Section } from '../sections/sections.ts';
import { variants, variantBySegment, type Variant } from '../variants/variants.ts';
import { monthOf } from './dates.ts';
import { buildTime, isPreviewBuild, publicationOf } from './publication.ts';
import { blockTexts } from './html-text.ts';

export type Article = CollectionEntry<'articles'>;

/** The URL slug of an article entry (its id is `variant/slug`). */
export function slugOf(article: Article): string {
  return article.id.slice(article.id.indexOf('/') + 1);
}

/** The variant an article entry is in. */
export function variantOf(article: Article): Variant {
  return variantBySegment(article.id.slice(0, article.id.indexOf('/')));
}

/** The section an article is filed in. */
export function sectionOf(article: Article): Section {
  return sectionById(article.data.section);
}

/** Newest first; among articles of one instant, by slug, so every variant lists them in the same order. */
function newestFirst(a: Article, b: Article): number {
  return b.data.date.getTime() - a.data.date.getTime() || (slugOf(a) < slugOf(b) ? -1 : 1);
}

/** Every article in a variant, retracted ones included, newest first: each has a page. */
export async function everyArticleIn(variant: Variant): Promise<Article[]> {
  const all = await getCollection('articles', (a) => a.id.startsWith(`${variant.segment}/`));
  return all.sort(newestFirst);
}

/** The articles a variant lists (front page, sections, archive, feeds, authors): all but the retracted, newest first. */
export async function articlesIn(variant: Variant): Promise<Article[]> {
  return listed(await everyArticleIn(variant));
}

/** Of some articles, those a list shows: all but the retracted, in the order given. */
export function listed(articles: readonly Article[]): Article[] {
  return articles.filter((article) => !article.data.retracted);
}

/** The articles whose byline names an author, newest first. */
export function byAuthor(articles: readonly Article[], authorId: string): Article[] {
  return articles.filter((article) => article.data.byline.some((name) => name.id === authorId));
}

/** Articles changed after publication (corrected or retracted), most recently changed first. */
export function changedArticles(articles: readonly Article[]): Article[] {
  return articles
    .filter((article) => article.data.updated && (article.data.correction || article.data.retracted))
    .sort((a, b) => b.data.updated!.getTime() - a.data.updated!.getTime() || newestFirst(a, b));
}

/** A variant's articles in each section, newest first, every section present (maybe empty). */
export function bySection(articles: readonly Article[]): Map<Section, Article[]> {
  const grouped = new Map<Section, Article[]>(sections.map((s) => [s, []]));
  for (const article of articles) grouped.get(sectionOf(article))!.push(article);
  return grouped;
}

/** A variant's articles by China-time month, newest month first, each month newest first. */
export function byMonth(articles: readonly Article[]): Array<{ year: number; month: number; articles: Article[] }> {
  const months = new Map<string, { year: number; month: number; articles: Article[] }>();
  for (const article of articles) {
    const { year, month } = monthOf(article.data.date);
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const entry = months.get(key) ?? { year, month, articles: [] };
    entry.articles.push(article);
    months.set(key, entry);
  }
  return [...months.entries()].sort(([a], [b]) => (a < b ? 1 : -1)).map(([, entry]) => entry);
}

// How many earlier articles of the section follow an article.
const EARLIER_COUNT = 4;

/**
 * A page's `cacheKey`: what it shows besides code (Astro hashes the code itself), namely the articles on it,
 * anything else it names (`more`) and whether this is the preview build. With `experimental.incrementalBuild`
 * Astro keeps the page of an unchanged key from the last build instead of rendering it again.
 */
export function renderKey(articles: readonly Article[], ...more: ReadonlyArray<string | number | boolean | undefined>) {
  const entries = articles.map((entry) => `${entry.id}:${entry.digest}`);
  return [...entries, ...more.map(String), isPreviewBuild()].join(' ');
}

/** An article page's key: the article, the earlier ones listed after it, and whether it is published yet. */
function pageKey(article: Article, earlier: readonly Article[]): string {
  return renderKey([article, ...earlier], publicationOf(article.data, buildTime()));
}

/**
 * One path per article and variant (`/zh-hant/<slug>/`), with the article, its
 * variant and the articles published just before it in its section. Older
 * articles only: a new article then changes no older page, so rebuilds can be
 * incremental. A retracted article keeps its page but is nobody's earlier article.
 */
export async function articlePaths() {
  return (
    await Promise.all(
      variants.map(async (variant: Variant) => {
        const every = await everyArticleIn(variant);
        const inSections = bySection(listed(every));
        const positions = new Map([...inSections.values()].flatMap((list) => list.map((a, i) => [a, i] as const)));
        return every.map((article) => {
          const list = inSections.get(sectionOf(article))!;
          // Lists are newest first: the earlier articles are the ones after this article's place.
          const next = article.data.retracted
            ? list.findIndex((other) => newestFirst(article, other) < 0)
            : positions.get(article)! + 1;
          const earlier = next < 0 ? [] : list.slice(next, next + EARLIER_COUNT);
          return {
            params: { variant: variant.segment, slug: slugOf(article) },
            props: { article, variant, earlier },
            cacheKey: pageKey(article, earlier),
          };
        });
      }),
    )
  ).flat();
}

/**
 * One path per article and variant for a page that shows the article alone, not the articles listed after it:
 * its share page, share card and readings. Keyed by the article only, so that an edit to an older article,
 * which newer articles' pages list, renders none of these again. Article by article, each in every variant:
 * the readings of an article's variants are read from one text, kept only until the last of them is made.
 */
export async function articleAlonePaths() {
  const perVariant = await Promise.all(
    variants.map(async (variant: Variant) =>
      (await everyArticleIn(variant)).map((article) => ({
        params: { variant: variant.segment, slug: slugOf(article) },
        props: { article, variant },
        cacheKey: pageKey(article, []),
      })),
    ),
  );
  // Sorted by slug alone, a stable sort keeps each article's variants in the table's order, side by side.
  return perVariant.flat().sort((a, b) => (a.params.slug < b.params.slug ? -1 : a.params.slug > b.params.slug ? 1 : 0));
}

/** One path per old slug of an article (`redirect_from`) and variant, whose page sends readers on to the article. */
export async function movedArticlePaths() {
  return (
    await Promise.all(
      variants.map(async (variant: Variant) =>
        (await everyArticleIn(variant)).flatMap((article) =>
          (article.data.redirect_from ?? []).map((old) => ({
            params: { variant: variant.segment, slug: old },
            props: { movedTo: article, variant },
            cacheKey: pageKey(article, []),
          })),
        ),
      ),
    )
  ).flat();
}

// Chinese is read at about 400 characters a minute.
const CHARACTERS_PER_MINUTE = 400;

/** Minutes an article takes to read, at least one. */
export function readingMinutes(article: Article): number {
  const characters = blockTexts(article.rendered?.html ?? '')
    .join('')
    .replace(/\s/gu, '').length;
  return Math.max(1, Math.round(characters / CHARACTERS_PER_MINUTE));
}
