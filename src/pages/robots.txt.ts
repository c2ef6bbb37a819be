/** robots.txt: everything may be crawled; the sitemap says what there is. */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/site/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
