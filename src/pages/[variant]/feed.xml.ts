/** The RSS feed of a variant: every article, newest first, linking to that variant. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articlesIn, slugOf } from '../../lib/articles/collection.ts';
import { articleUrl, frontUrl } from '../../lib/site/urls.ts';
import { variants, type Variant } from '../../lib/variants/variants.ts';

export function getStaticPaths() {
  return variants.map((variant) => ({ params: { variant: variant.segment }, props: { variant } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { variant } = props as { variant: Variant };
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
