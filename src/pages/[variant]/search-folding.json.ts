/** The folding table of one variant, fetched by the search code when a reader shows intent to search. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { slugOf, variantOf } from '../../lib/articles/collection.ts';
import { alignedPassages, buildFolding } from '../../lib/search/folding.ts';
import { variantPaths } from '../../lib/site/routes.ts';

export const getStaticPaths = variantPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { variant } }) => {
  const articles = (await getCollection('articles')).map((article) => ({
    slug: slugOf(article),
    segment: variantOf(article).segment,
    data: article.data,
    html: article.rendered?.html ?? '',
  }));
  return new Response(JSON.stringify(buildFolding(alignedPassages(articles), variant.segment)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
