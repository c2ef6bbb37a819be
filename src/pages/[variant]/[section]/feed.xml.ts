/** The RSS feed of one section in a variant: its newest articles, in full. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { articlesIn, bySection } from '../../../lib/articles/collection.ts';
import { sectionName } from '../../../lib/sections/sections.ts';
import { articleFeed } from '../../../lib/site/feed.ts';
import { variantSectionPaths } from '../../../lib/site/routes.ts';
import { feedUrl, sectionUrl } from '../../../lib/site/urls.ts';

export const getStaticPaths = variantSectionPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { variant, section }, site }) => {
  const name = sectionName(section, variant);
  return articleFeed({
    variant,
    title: `${variant.ui.siteName} · ${name}`,
    description: `${name} · ${variant.ui.siteDescription}`,
    pageUrl: sectionUrl(variant, section),
    feedUrl: feedUrl(variant, section),
    articles: bySection(await articlesIn(variant)).get(section) ?? [],
    site: site!,
  });
};
