/**
 * A variant's list sitemap: every page of every list (front page, sections, months, authors, corrections) with
 * its alternates, and as its last change the newest change of the articles on it. A full list page never
 * changes, so its entry never does; the sitemap still changes, by the lists' own URLs and new pages.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import type { Article } from '../../lib/articles/collection.ts';
import { isoDateTime } from '../../lib/articles/dates.ts';
import { pageUrl, type ListPage } from '../../lib/site/pagination.ts';
import {
  authorPaths,
  correctionPaths,
  frontPaths,
  monthPaths,
  sectionPaths,
  variantPaths,
} from '../../lib/site/routes.ts';
import { urlSitemap } from '../../lib/site/sitemap.ts';
import { authorUrl, correctionsUrl, frontUrl, monthUrl, sectionUrl, withBase } from '../../lib/site/urls.ts';
import { variants, type Variant } from '../../lib/variants/variants.ts';

export const getStaticPaths = variantPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** A list page: where the list is in any variant, and the page. */
interface ListEntry {
  listUrl: (variant: Variant) => string;
  page: ListPage<Article>;
}

/** The newest change of the articles on a page: the time it last changed. */
function lastChange({ items }: ListPage<Article>): Date | undefined {
  const times = items.map((article) => (article.data.updated ?? article.data.date).getTime());
  return times.length ? new Date(Math.max(...times)) : undefined;
}

export const GET: APIRoute<Props> = async ({ props: { variant }, site }) => {
  const mine = <P extends { variant: Variant }>(paths: Array<{ props: P }>) =>
    paths.filter(({ props }) => props.variant === variant).map(({ props }) => props);
  const lists: ListEntry[] = [
    ...mine(await frontPaths()).map(({ page }) => ({ listUrl: frontUrl, page })),
    ...mine(await sectionPaths()).map(({ section, page }) => ({
      listUrl: (v: Variant) => sectionUrl(v, section),
      page,
    })),
    ...mine(await monthPaths()).map(({ year, month, page }) => ({
      listUrl: (v: Variant) => monthUrl(v, { year, month }),
      page,
    })),
    ...mine(await authorPaths()).map(({ author, page }) => ({
      listUrl: (v: Variant) => authorUrl(v, author.id),
      page,
    })),
    ...mine(await correctionPaths()).map(({ page }) => ({ listUrl: correctionsUrl, page })),
  ];
  const absolute = (path: string) => new URL(path, site).href;
  const entries = lists.map(({ listUrl, page }) => {
    const changed = lastChange(page);
    return {
      url: absolute(pageUrl(listUrl(variant), page.number)),
      ...(changed && { lastmod: isoDateTime(changed) }),
      alternates: [
        ...variants.map((v) => ({ lang: v.lang, url: absolute(pageUrl(listUrl(v), page.number)) })),
        { lang: 'x-default', url: absolute(withBase()) },
      ],
    };
  });
  return new Response(urlSitemap(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
