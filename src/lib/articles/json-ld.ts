/**
 * The schema.org `NewsArticle` that describes an article page to search
 * engines, with the page's breadcrumb. Runs at build time.
 */
import type { Variant } from '../variants/variants.ts';
import type { ArticleData } from './schema.ts';
import { isoDateTime } from './dates.ts';

/** What the JSON-LD of one article page is made from; URLs are absolute. */
export interface ArticleLdInput {
  data: ArticleData;
  variant: Variant;
  url: string;
  /** The variant the article was written in and its URL there, when this page is converted. */
  original?: { variant: Variant; url: string } | undefined;
  /** The section's name in this variant. */
  section: string;
  /** The way from the front page to the article's section: name and absolute URL of each step. */
  breadcrumb: ReadonlyArray<{ name: string; url: string }>;
  /** The byline in this variant, with the absolute URL of each author's page when they have one. */
  authors: ReadonlyArray<{ name: string; url?: string | undefined }>;
  /** The absolute URL of what a shared link shows: the lead photo's sharing image, else the article's card. */
  image: string;
  /** The site, which publishes the article: the absolute URLs of the variant's front page and of the site's icon. */
  site: { url: string; icon: string };
}

/** The site's icon, public/favicon.svg, is drawn on a 32 × 32 viewBox; the site has no logo but it. */
const ICON_SIZE = { width: 32, height: 32 };

/** The `NewsArticle` JSON-LD of an article page. */
export function newsArticleLd({
  data,
  variant,
  url,
  original,
  section,
  breadcrumb,
  authors,
  image,
  site,
}: ArticleLdInput) {
  const { kicker, title, subtitle, date, updated, place, description } = data;
  const siteItself = { '@type': 'Organization', name: variant.ui.siteName, url: site.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    // The kicker (引題) and the subtitle (副題) are each a headline line of their own, never glued into one.
    ...(kicker || subtitle ? { alternativeHeadline: [kicker, subtitle].filter(Boolean) } : {}),
    description,
    datePublished: isoDateTime(date),
    // The last change; until there is one, the publication.
    dateModified: isoDateTime(updated ?? date),
    // Without a byline the site wrote it: schema.org and Google take an Organization as author as well as a Person.
    author: authors.length
      ? authors.map(({ name, url }) => ({ '@type': 'Person', name, ...(url ? { url } : {}) }))
      : [siteItself],
    articleSection: section,
    inLanguage: variant.lang,
    mainEntityOfPage: {
      '@type': 'WebPage',
      '@id': url,
      breadcrumb: {
        '@type': 'BreadcrumbList',
        itemListElement: breadcrumb.map((step, i) => ({
          '@type': 'ListItem',
          position: i + 1,
          name: step.name,
          item: step.url,
        })),
      },
    },
    url,
    image: [image],
    ...(place ? { contentLocation: { '@type': 'Place', name: place } } : {}),
    publisher: { ...siteItself, logo: { '@type': 'ImageObject', url: site.icon, ...ICON_SIZE } },
    ...(original
      ? { translationOfWork: { '@type': 'NewsArticle', url: original.url, inLanguage: original.variant.lang } }
      : {}),
  };
}

/** JSON for a `<script type="application/ld+json">`, safe inside HTML. */
export function ldScript(json: unknown): string {
  return JSON.stringify(json).replaceAll('<', '\\u003c');
}
