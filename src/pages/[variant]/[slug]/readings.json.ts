/**
 * An article's readings (/zh-hant/<slug>/readings.json): pinyin for every Han
 * character of its headline, byline and text, fetched by the reading aid only
 * when a reader turns it on (lib/readings/article-readings.ts). Runs at build time.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { articlePaths } from '../../../lib/articles/collection.ts';
import { articleReadings } from '../../../lib/readings/article-readings.ts';

export const getStaticPaths = articlePaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { article, variant } }) => {
  const { kicker, title, subtitle, byline } = article.data;
  const readings = articleReadings({ kicker, title, subtitle, byline, html: article.rendered?.html ?? '' }, variant);
  return new Response(JSON.stringify(readings), { headers: { 'Content-Type': 'application/json' } });
};
