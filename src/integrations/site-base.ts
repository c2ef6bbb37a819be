import type { AstroConfig } from 'astro';

/** The site's base path with one trailing slash ("/" or "/news/"), as the build-time integrations need it. */
export function siteBase(config: AstroConfig): string {
  return config.base.replace(/\/?$/, '/');
}
