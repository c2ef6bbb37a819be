/**
 * The sitemaps. Lists, sections and other pages go through @astrojs/sitemap,
 * with hreflang alternates between the variants of each page and the root
 * chooser as x-default, as each page's own head says. Articles and list
 * pages have sitemaps of their own per variant, so each can carry its last
 * change in China time with its offset (@astrojs/sitemap rewrites every
 * lastmod into UTC), and a Google News sitemap lists the last two days. Runs in Node: in the sitemap
 * integration's hooks and in the sitemap endpoints at build time.
 */
import { escapeHtml } from '../search/excerpt.ts';
import { scriptOfTag, variants, type Variant } from '../variants/variants.ts';
import { sectionIds } from '../sections/sections.ts';
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

/**
 * Whether a page is one of a list's (front page, section, month, author, corrections; its own URL or a numbered
 * page): those are in the list sitemaps, with their last change.
 */
export function isListPage(url: string, base: string): boolean {
  const { segment, rest } = belowBase(new URL(url), base);
  if (!variants.some((v) => v.segment === segment)) return false;
  const list = rest.replace(/(^|\/)page\/\d+\/$/, '$1');
  const [first = '', ...more] = list.split('/').filter(Boolean);
  if (list === '') return true;
  if (first === 'archive') return /^\d{4}$/.test(more[0] ?? '') && more.length === 2;
  if (first === 'author') return more.length === 1;
  return more.length === 0 && (first === 'corrections' || sectionIds.some((id) => id === first));
}

/** Whether a page is an article's (or an old slug's): `/<variant>/<slug>/` outside the list routes. Those are in the article sitemaps. */
export function isArticlePage(url: string, base: string): boolean {
  const { segment, rest } = belowBase(new URL(url), base);
  const [slug, after] = rest.split('/');
  return variants.some((v) => v.segment === segment) && Boolean(slug) && after === '' && !LIST_ROUTES.has(slug!);
}

/** A page in one of our own sitemaps: its address, when it last changed (ISO with offset), and its alternates. */
export interface SitemapUrl {
  url: string;
  /** Left out where nothing on the page has a time (an empty list). */
  lastmod?: string;
  alternates: ReadonlyArray<{ lang: string; url: string }>;
}

/** A `<urlset>` of pages (articles, list pages), each with its last change and its hreflang alternates. */
export function urlSitemap(entries: readonly SitemapUrl[]): string {
  const urls = entries.map(
    ({ url, lastmod, alternates }) =>
      `<url><loc>${escapeHtml(url)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}` +
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

/** The language code Google News takes for a variant: zh-tw for Traditional (Hong Kong's too), zh-cn for Simplified. */
function newsLanguage(variant: Variant): string {
  return scriptOfTag(variant.lang) === 'Hans' ? 'zh-cn' : 'zh-tw';
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
export function ownSitemapPaths(): string[] {
  return variants.flatMap((v) => [
    `${v.segment}/sitemap-articles.xml`,
    `${v.segment}/sitemap-lists.xml`,
    `${v.segment}/news-sitemap.xml`,
  ]);
}
