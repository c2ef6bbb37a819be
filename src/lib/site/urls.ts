/**
 * Site URLs, all through the configured base path so the site can live in a
 * sub-folder. Runs at build time, inside Astro (it reads `import.meta.env`).
 */
import type { Section } from '../sections/sections.ts';
import { variants, type Variant } from '../variants/variants.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** One page's URL in each variant, by URL segment (site-relative, with base). */
export type Alternates = Partial<Record<string, string>>;

/** A site-relative URL for a path below the site root, with the base path. */
export function withBase(path = ''): string {
  return base + path.replace(/^\//, '');
}

/** The front page of a variant. */
export function frontUrl(variant: Variant): string {
  return withBase(`${variant.segment}/`);
}

/** An article page in a variant. */
export function articleUrl(variant: Variant, slug: string): string {
  return withBase(`${variant.segment}/${slug}/`);
}

/** The share card of an article in a variant (/zh-hant/<slug>/card.png), or without a slug the site's (/zh-hant/card.png). */
export function cardUrl(variant: Variant, slug?: string): string {
  return withBase(`${variant.segment}/${slug ? `${slug}/` : ''}card.png`);
}

/** An article's share page in a variant. */
export function shareUrl(variant: Variant, slug: string): string {
  return `${articleUrl(variant, slug)}share/`;
}

/** A section's first page in a variant. */
export function sectionUrl(variant: Variant, section: Section): string {
  return withBase(`${variant.segment}/${section.id}/`);
}

/** The archive index of a variant: every month, with its count. */
export function archiveUrl(variant: Variant): string {
  return withBase(`${variant.segment}/archive/`);
}

/** A month's first archive page in a variant: /zh-hant/archive/2025/02/. */
export function monthUrl(variant: Variant, { year, month }: { year: number; month: number }): string {
  return withBase(`${variant.segment}/archive/${year}/${String(month).padStart(2, '0')}/`);
}

/** The feed of a variant, or of one of its sections. */
export function feedUrl(variant: Variant, section?: Section): string {
  return withBase(`${variant.segment}/${section ? `${section.id}/` : ''}feed.xml`);
}

/** An author's page. */
export function authorUrl(variant: Variant, id: string): string {
  return withBase(`${variant.segment}/author/${id}/`);
}

/** The page of corrections and retractions. */
export function correctionsUrl(variant: Variant): string {
  return withBase(`${variant.segment}/corrections/`);
}

/** The Google News sitemap of a variant's latest articles. */
export function newsSitemapUrl(variant: Variant): string {
  return withBase(`${variant.segment}/news-sitemap.xml`);
}

/** The search page of a variant. */
export function searchUrl(variant: Variant): string {
  return withBase(`${variant.segment}/search/`);
}

/** The site's icon (public/favicon.svg): the favicon, the manifest's icon and the publisher's logo. */
export function iconUrl(): string {
  return withBase('favicon.svg');
}

/** The same page in every variant, given its URL in one. */
export function alternatesOf(urlIn: (variant: Variant) => string): Alternates {
  return Object.fromEntries(variants.map((v) => [v.segment, urlIn(v)]));
}
