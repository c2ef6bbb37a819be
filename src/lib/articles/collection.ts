/**
 * Queries over the article collection, in the reader's terms. Runs at build
 * time inside Astro (it reads `astro:content`).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { blockTexts } from './html-text.ts';
import { variantBySegment, type Variant } from '../variants/variants.ts';

export type Article = CollectionEntry<'articles'>;

/** The URL slug of an article entry (its id is `variant/slug`). */
export function slugOf(article: Article): string {
  return article.id.slice(article.id.indexOf('/') + 1);
}

/** The variant an article entry is in. */
export function variantOf(article: Article): Variant {
  return variantBySegment(article.id.slice(0, article.id.indexOf('/')));
}

/** Every article in a variant, newest first (then by headline, so the order is stable). */
export async function articlesIn(variant: Variant): Promise<Article[]> {
  const all = await getCollection('articles', (a) => a.id.startsWith(`${variant.segment}/`));
  return all.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title));
}

/** One path per article and variant (`/zh-hant/<slug>/`), with the article and its variant as props. */
export async function articlePaths() {
  const articles = await getCollection('articles');
  return articles.map((article) => {
    const variant = variantOf(article);
    return { params: { variant: variant.segment, slug: slugOf(article) }, props: { article, variant } };
  });
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
