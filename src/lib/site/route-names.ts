/**
 * The path segments under /<variant>/ that belong to list routes (search,
 * pages, archive, authors, corrections, sections), so no article's slug or
 * old slug may take one. Shared by the article reader and the sitemap.
 * Runs at build time and in the review.
 */
import { sectionIds } from '../sections/sections.ts';

/** Segments taken by routes beside articles. */
export const LIST_ROUTES: ReadonlySet<string> = new Set([
  'search',
  'page',
  'archive',
  'author',
  'corrections',
  ...sectionIds,
]);
