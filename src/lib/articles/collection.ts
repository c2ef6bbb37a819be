/** Queries over the article collection, in the reader's terms. */
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

/** A date as Chinese readers write it: 2025年2月19日. */
export function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** The date as an ISO day, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// Chinese is read at about 400 characters a minute.
const CHARACTERS_PER_MINUTE = 400;

/** Minutes an article takes to read, at least one. */
export function readingMinutes(article: Article): number {
  const characters = blockTexts(article.rendered?.html ?? '').join('').replace(/\s/gu, '').length;
  return Math.max(1, Math.round(characters / CHARACTERS_PER_MINUTE));
}
