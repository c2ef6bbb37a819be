/** robots.txt: everything may be crawled and the sitemap says what there is; nothing of the preview build may. */
import type { APIRoute } from 'astro';
import { isPreviewBuild } from '../lib/articles/publication.ts';
import { withBase } from '../lib/site/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    isPreviewBuild()
      ? 'User-agent: *\nDisallow: /\n'
      : `User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('sitemap-index.xml'), site).href}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
