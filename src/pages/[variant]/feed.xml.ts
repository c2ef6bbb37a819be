/** The RSS feed of a variant: its newest articles, in full. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { articleFeed } from '../../lib/site/feed.ts';
import { feedPaths } from '../../lib/site/routes.ts';
import { feedUrl, frontUrl } from '../../lib/site/urls.ts';

export const getStaticPaths = feedPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { variant, articles }, site }) =>
  articleFeed({
    variant,
    title: variant.ui.siteName,
    description: variant.ui.siteDescription,
    pageUrl: frontUrl(variant),
    feedUrl: feedUrl(variant),
    articles,
    site: site!,
  });
