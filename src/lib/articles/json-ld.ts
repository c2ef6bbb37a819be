/**
 * The schema.org `NewsArticle` that describes an article page to search
 * engines. Runs at build time.
 */
import type { Variant } from '../variants/variants.ts';
import type { ArticleData } from './schema.ts';
import { isoDay } from './dates.ts';

/** What the JSON-LD of one article page is made from; URLs are absolute. */
export interface ArticleLdInput {
  data: ArticleData;
  variant: Variant;
  url: string;
  /** The variant the article was written in and its URL there, when this page is converted. */
  original?: { variant: Variant; url: string };
}

/** The `NewsArticle` JSON-LD of an article page. */
export function newsArticleLd({ data, variant, url, original }: ArticleLdInput) {
  const { kicker, title, subtitle, date, place, description } = data;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    alternativeHeadline: [kicker, subtitle].filter(Boolean).join(' '),
    description,
    datePublished: isoDay(date),
    inLanguage: variant.lang,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    ...(place ? { contentLocation: { '@type': 'Place', name: place } } : {}),
    publisher: { '@type': 'Organization', name: variant.ui.siteName },
    ...(original
      ? { translationOfWork: { '@type': 'NewsArticle', url: original.url, inLanguage: original.variant.lang } }
      : {}),
  };
}

/** JSON for a `<script type="application/ld+json">`, safe inside HTML. */
export function ldScript(json: unknown): string {
  return JSON.stringify(json).replaceAll('<', '\\u003c');
}
