/**
 * Warns loudly at the start of `astro build` when SITE_URL is unset: every
 * absolute URL the site writes (canonical, og:url and og:image, hreflang,
 * feeds, sitemap, robots.txt, OpenSearch, the printed URL, the QR codes) then
 * points at the local preview origin, which is right only for tests.
 * Runs in Node, inside `astro build`.
 */
import type { AstroIntegration } from 'astro';

/** The warning for a build without SITE_URL, or `undefined` when it is set. */
export function siteUrlWarning(env: NodeJS.ProcessEnv, fallback: string): string | undefined {
  if (env['SITE_URL']) return undefined;
  return [
    `SITE_URL is not set: every absolute URL in this build points at ${fallback}`,
    '(canonical links, og:url, og:image, hreflang, feeds, sitemap, robots.txt, OpenSearch, printed URLs, QR codes).',
    'Fine for tests and a local preview; to deploy, build with SITE_URL=https://your.domain npm run build.',
  ].join('\n');
}

/** The Astro integration that prints the warning once per build. */
export default function siteUrlCheck(fallback: string): AstroIntegration {
  return {
    name: 'site-url-warning',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = siteUrlWarning(process.env, fallback);
        if (warning) logger.warn(`\n${'!'.repeat(72)}\n${warning}\n${'!'.repeat(72)}`);
      },
    },
  };
}
