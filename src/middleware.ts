/**
 * What every page passes through as the build renders it: its CSP cut down to its own hashes (page-csp.node.ts).
 * Runs in Node, at build time; in `astro dev`, whose pages have no CSP, it changes nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { withOwnHashesOnly } from './lib/site/page-csp.node.ts';

/** Passes an HTML page on with its CSP cut down to its own hashes, and anything else as it is. */
export const onRequest = defineMiddleware(async (_, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(withOwnHashesOnly(await response.text()), response);
});
