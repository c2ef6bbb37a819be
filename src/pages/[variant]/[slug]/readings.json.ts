/**
 * An article's readings (/zh-hant/<slug>/readings.json): pinyin for every Han
 * character of its headline, byline and text, fetched by the reading aid only
 * when a reader turns it on (lib/readings/article-readings.ts). Runs at build time.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getEntry } from 'astro:content';
import { articleAlonePaths, slugOf, type Article } from '../../../lib/articles/collection.ts';
import { articleReadings, type ReadableArticle } from '../../../lib/readings/article-readings.ts';
import { variantByLang } from '../../../lib/variants/variants.ts';

export const getStaticPaths = articleAlonePaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

const readable = ({ data: { kicker, title, subtitle, byline }, rendered }: Article): ReadableArticle => ({
  kicker,
  title,
  subtitle,
  byline,
  html: rendered?.html ?? '',
});

export const GET: APIRoute<Props> = async ({ props: { article, variant } }) => {
  // A converted page is read through the text it was converted from, so both scripts get the same readings.
  const written = variantByLang(article.data.script);
  const source = await getEntry('articles', `${written.segment}/${slugOf(article)}`);
  const original = source && { article: readable(source), variant: written, key: `${source.id}:${source.digest}` };
  const readings = articleReadings(readable(article), variant, original);
  return new Response(JSON.stringify(readings), { headers: { 'Content-Type': 'application/json' } });
};
