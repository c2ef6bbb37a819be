/**
 * Where the sites under test are served, on 127.0.0.1 only: one port per
 * site, and the origin the builds write into absolute URLs. Runs in Node.
 */

/** The origin every build without SITE_URL writes into canonical links, feeds and the sitemap. */
export const BUILT_ORIGIN = 'http://127.0.0.1:4321';

/** Ports of the sites the browser tests start (see playwright.config.ts and fixture-sites.ts). */
export const PORTS = {
  /** `dist/` as `npm run build` left it. */
  main: 4329,
  /** The site built under the base path /news/. */
  basePath: 4330,
  /** The fixture articles of tests/fixtures/content. */
  fixtures: 4331,
  /** `astro dev`, where the conversion review pages live. */
  dev: 4332,
  /** An archive of generated articles (tests/support/archive-site.ts). */
  archive: 4333,
} as const;

/** The origin of a site served on one of the ports. */
export function originOf(site: keyof typeof PORTS): string {
  return `http://127.0.0.1:${PORTS[site]}`;
}
