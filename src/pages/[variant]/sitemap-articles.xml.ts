/** A variant's article sitemap: every listed article, when it last changed (China time, with offset) and its alternates. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { articlesIn, slugOf } from '../../lib/articles/collection.ts';
import { isoDateTime } from '../../lib/articles/dates.ts';
import { variantPaths } from '../../lib/site/routes.ts';
import { urlSitemap } from '../../lib/site/sitemap.ts';
import { articleUrl, withBase } from '../../lib/site/urls.ts';
import { variants } from '../../lib/variants/variants.ts';

export const getStaticPaths = variantPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { variant }, site }) => {
  const absolute = (path: string) => new URL(path, site).href;
  const entries = (await articlesIn(variant)).map((article) => ({
    url: absolute(articleUrl(variant, slugOf(article))),
    lastmod: isoDateTime(article.data.updated ?? article.data.date),
    alternates: [
      ...variants.map((v) => ({ lang: v.lang, url: absolute(articleUrl(v, slugOf(article))) })),
      { lang: 'x-default', url: absolute(withBase()) },
    ],
  }));
  return new Response(urlSitemap(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
