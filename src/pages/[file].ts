/**
 * `_redirects`, which Netlify and Cloudflare Pages read: a 301 from each old
 * slug of an article (`redirect_from`), in every variant, to the article. A
 * route rather than part of src/integrations/deploy-headers.ts because only
 * the collection knows the old slugs; the page at each old address
 * (MovedArticle.astro) covers hosts that read no such file.
 */
import type { APIRoute } from 'astro';
import { everyArticleIn, slugOf } from '../lib/articles/collection.ts';
import { articleUrl } from '../lib/site/urls.ts';
import { variants } from '../lib/variants/variants.ts';

export const getStaticPaths = () => [{ params: { file: '_redirects' } }];

export const GET: APIRoute = async () => {
  const rules = await Promise.all(
    variants.map(async (variant) =>
      (await everyArticleIn(variant)).flatMap((article) =>
        (article.data.redirect_from ?? []).map(
          (old) => `${articleUrl(variant, old)} ${articleUrl(variant, slugOf(article))} 301`,
        ),
      ),
    ),
  );
  return new Response(['# Written by src/pages/[file].ts at build time.', ...rules.flat(), ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
