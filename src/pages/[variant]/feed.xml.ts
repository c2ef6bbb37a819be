/** The RSS feed of a variant: every article, newest first, linking to that variant. */
import rss from '@astrojs/rss';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { articlesIn, slugOf } from '../../lib/articles/collection.ts';
import { variantPaths } from '../../lib/site/routes.ts';
import { articleUrl, frontUrl } from '../../lib/site/urls.ts';

export const getStaticPaths = variantPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { variant }, site }) => {
  const articles = await articlesIn(variant);
  return rss({
    title: variant.ui.siteName,
    description: variant.ui.siteDescription,
    site: new URL(frontUrl(variant), site),
    customData: `<language>${variant.lang}</language>`,
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.date,
      link: articleUrl(variant, slugOf(article)),
      categories: article.data.place ? [article.data.place] : [],
    })),
  });
};
