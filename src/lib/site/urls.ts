/**
 * Site URLs, all through the configured base path so the site can live in a
 * sub-folder. Runs at build time, inside Astro (it reads `import.meta.env`).
 */
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

/** The search page of a variant. */
export function searchUrl(variant: Variant): string {
  return withBase(`${variant.segment}/search/`);
}

/** The same page in every variant, given its URL in one. */
export function alternatesOf(urlIn: (variant: Variant) => string): Alternates {
  return Object.fromEntries(variants.map((v) => [v.segment, urlIn(v)]));
}
