/** The site's base path for the integrations. Runs in Node, inside Astro's build. */
import type { AstroConfig } from 'astro';

/** The site's base path with one trailing slash ("/" or "/news/"), as the build-time integrations need it. */
export function siteBase(config: AstroConfig): string {
  return config.base.replace(/\/?$/, '/');
}
