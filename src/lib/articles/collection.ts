/**
 * Queries over the article collection, in the reader's terms: newest first,
 * by section, by month, and the articles published just before one in its
 * section. Runs at build time inside Astro (it reads `astro:content`).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sectionById, sections, type Section } from '../sections/sections.ts';
import { variants, variantBySegment, type Variant } from '../variants/variants.ts';
import { monthOf } from './dates.ts';
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

/** Every article in a variant, newest first. */
export async function articlesIn(variant: Variant): Promise<Article[]> {
  const all = await getCollection('articles', (a) => a.id.startsWith(`${variant.segment}/`));
  return all.sort(newestFirst);
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
 * One path per article and variant (`/zh-hant/<slug>/`), with the article, its
 * variant and the articles published just before it in its section. Older
 * articles only: a new article then changes no older page, so rebuilds can be incremental.
 */
export async function articlePaths() {
  return (
    await Promise.all(
      variants.map(async (variant: Variant) => {
        const inSections = bySection(await articlesIn(variant));
        return [...inSections.values()].flatMap((list) =>
          list.map((article, i) => ({
            params: { variant: variant.segment, slug: slugOf(article) },
            props: { article, variant, earlier: list.slice(i + 1, i + 1 + EARLIER_COUNT) },
          })),
        );
      }),
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
