/**
 * The sitemaps. Lists, sections and other pages go through @astrojs/sitemap,
 * with hreflang alternates between the variants of each page and the root
 * chooser as x-default, as each page's own head says. Articles have sitemaps
 * of their own per variant, so each can carry its time in China time with
 * its offset (@astrojs/sitemap rewrites every lastmod into UTC), and a
 * Google News sitemap lists the last two days. Runs in Node: in the sitemap
 * integration's hooks and in the sitemap endpoints at build time.
 */
import { escapeHtml } from '../search/excerpt.ts';
import { variants, type Variant } from '../variants/variants.ts';
import { LIST_ROUTES } from './route-names.ts';

/** A sitemap entry as @astrojs/sitemap hands it over, and the links it can carry. */
export interface SitemapEntry {
  url: string;
  links?: Array<{ url: string; lang: string }>;
}

/** The path of a URL below the site's base, split into its variant segment and the rest. */
function belowBase(url: URL, base: string) {
  const root = new URL(base.replace(/\/?$/, '/'), url);
  const below = url.pathname.slice(root.pathname.length);
  const [segment = '', ...rest] = below.split('/');
  return { root, below, segment, rest: rest.join('/') };
}

/** The entry with one alternate per variant plus x-default; the root lists the front pages. */
export function withAlternates<Entry extends SitemapEntry>(entry: Entry, base: string): Entry {
  const { root, below, segment, rest } = belowBase(new URL(entry.url), base);
  const isRoot = below === '';
  if (!isRoot && !variants.some((v) => v.segment === segment)) return entry;
  const links = variants.map((v) => ({ url: new URL(`${v.segment}/${isRoot ? '' : rest}`, root).href, lang: v.lang }));
  return { ...entry, links: [...links, { url: root.href, lang: 'x-default' }] };
}

/** Whether a page is an article's (or an old slug's): `/<variant>/<slug>/` outside the list routes. Those are in the article sitemaps. */
export function isArticlePage(url: string, base: string): boolean {
  const { segment, rest } = belowBase(new URL(url), base);
  const [slug, after] = rest.split('/');
  return variants.some((v) => v.segment === segment) && Boolean(slug) && after === '' && !LIST_ROUTES.has(slug!);
}

/** One article in a variant's sitemap: its address, when it last changed (ISO with offset) and its alternates. */
export interface ArticleSitemapEntry {
  url: string;
  lastmod: string;
  alternates: ReadonlyArray<{ lang: string; url: string }>;
}

/** A `<urlset>` of articles, each with its last change and its hreflang alternates. */
export function articleSitemap(entries: readonly ArticleSitemapEntry[]): string {
  const urls = entries.map(
    ({ url, lastmod, alternates }) =>
      `<url><loc>${escapeHtml(url)}</loc><lastmod>${lastmod}</lastmod>` +
      alternates
        .map(({ lang, url }) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeHtml(url)}"/>`)
        .join('') +
      '</url>',
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">' +
    urls.join('\n') +
    '</urlset>\n'
  );
}

/** One article in a Google News sitemap. */
export interface NewsSitemapEntry {
  url: string;
  title: string;
  /** Publication time, ISO with offset. */
  published: string;
}

/** The language code Google News wants for a variant: zh-tw or zh-cn. */
function newsLanguage(variant: Variant): string {
  return variant.ogLocale.toLowerCase().replace('_', '-');
}

/** A Google News `<urlset>` of a variant's articles. */
export function newsSitemap(variant: Variant, entries: readonly NewsSitemapEntry[]): string {
  const publication =
    `<news:publication><news:name>${escapeHtml(variant.ui.siteName)}</news:name>` +
    `<news:language>${newsLanguage(variant)}</news:language></news:publication>`;
  const urls = entries.map(
    ({ url, title, published }) =>
      `<url><loc>${escapeHtml(url)}</loc><news:news>${publication}` +
      `<news:publication_date>${published}</news:publication_date><news:title>${escapeHtml(title)}</news:title>` +
      '</news:news></url>',
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' +
    urls.join('\n') +
    '</urlset>\n'
  );
}

/** The site-relative paths of the sitemaps beside @astrojs/sitemap's, for its index. */
export function articleSitemapPaths(): string[] {
  return variants.flatMap((v) => [`${v.segment}/sitemap-articles.xml`, `${v.segment}/news-sitemap.xml`]);
}
