/**
 * The hreflang alternates of each sitemap entry: every page exists in every
 * variant at the same path after its variant segment, and the root chooser
 * is the page for readers whose language no variant serves (x-default), as
 * each page's own head says. Runs in Node, in @astrojs/sitemap's `serialize`.
 */
import { variants } from '../variants/variants.ts';

/** A sitemap entry as @astrojs/sitemap hands it over, and the links it can carry. */
export interface SitemapEntry {
  url: string;
  links?: Array<{ url: string; lang: string }>;
}

/** The entry with one alternate per variant plus x-default; the root lists the front pages. */
export function withAlternates<Entry extends SitemapEntry>(entry: Entry, base: string): Entry {
  const url = new URL(entry.url);
  const root = new URL(base.replace(/\/?$/, '/'), url);
  const below = url.pathname.slice(root.pathname.length);
  const [segment, ...rest] = below.split('/');
  const isRoot = below === '';
  if (!isRoot && !variants.some((v) => v.segment === segment)) return entry;
  const path = isRoot ? '' : rest.join('/');
  const links = variants.map((v) => ({ url: new URL(`${v.segment}/${path}`, root).href, lang: v.lang }));
  return { ...entry, links: [...links, { url: root.href, lang: 'x-default' }] };
}
