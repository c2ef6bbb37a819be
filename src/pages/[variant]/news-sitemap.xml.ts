/** A variant's Google News sitemap: the articles published in the two days before the build, with their times. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { articlesIn, slugOf } from '../../lib/articles/collection.ts';
import { isoDateTime } from '../../lib/articles/dates.ts';
import { buildTime } from '../../lib/articles/publication.ts';
import { variantPaths } from '../../lib/site/routes.ts';
import { newsSitemap } from '../../lib/site/sitemap.ts';
import { articleUrl } from '../../lib/site/urls.ts';

export const getStaticPaths = variantPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

// Google News reads articles of the last two days from a news sitemap.
const NEWS_WINDOW = 2 * 24 * 3_600_000;

export const GET: APIRoute<Props> = async ({ props: { variant }, site }) => {
  const since = buildTime().getTime() - NEWS_WINDOW;
  const recent = (await articlesIn(variant)).filter((article) => article.data.date.getTime() >= since);
  const entries = recent.map((article) => ({
    url: new URL(articleUrl(variant, slugOf(article)), site).href,
    title: article.data.title,
    published: isoDateTime(article.data.date),
  }));
  return new Response(newsSitemap(variant, entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
