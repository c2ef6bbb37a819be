/** The RSS feed of a variant: its newest articles, in full. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { articlesIn } from '../../lib/articles/collection.ts';
import { articleFeed } from '../../lib/site/feed.ts';
import { variantPaths } from '../../lib/site/routes.ts';
import { feedUrl, frontUrl } from '../../lib/site/urls.ts';

export const getStaticPaths = variantPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { variant }, site }) =>
  articleFeed({
    variant,
    title: variant.ui.siteName,
    description: variant.ui.siteDescription,
    pageUrl: frontUrl(variant),
    feedUrl: feedUrl(variant),
    articles: await articlesIn(variant),
    site: site!,
  });
