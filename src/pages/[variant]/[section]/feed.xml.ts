/** The RSS feed of one section in a variant: its newest articles, in full. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { sectionName } from '../../../lib/sections/sections.ts';
import { articleFeed } from '../../../lib/site/feed.ts';
import { sectionFeedPaths } from '../../../lib/site/routes.ts';
import { feedUrl, sectionUrl } from '../../../lib/site/urls.ts';

export const getStaticPaths = sectionFeedPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { variant, section, articles }, site }) => {
  const name = sectionName(section, variant);
  return articleFeed({
    variant,
    title: `${variant.ui.siteName} · ${name}`,
    description: `${name} · ${variant.ui.siteDescription}`,
    pageUrl: sectionUrl(variant, section),
    feedUrl: feedUrl(variant, section),
    articles,
    site: site!,
  });
};
