/**
 * Where the sites under test are served, on 127.0.0.1 only: one port per
 * site, and the origin the builds write into absolute URLs. Runs in Node.
 */

/** The instant the fixture sites are built at (BUILD_TIME): after every fixture article but the scheduled one. */
export const FIXTURE_BUILD_TIME = '2025-03-03T12:00+08:00';

/** The variants of the fixture site: 香港繁體 on beside the default two. */
export const FIXTURE_SITE_VARIANTS = 'zh-hant,zh-hans,zh-hk';

/** The origin every build without SITE_URL writes into canonical links, feeds and the sitemap. */
export const BUILT_ORIGIN = 'http://127.0.0.1:4321';

/** The first port; TEST_PORT_BASE moves them all, so two checkouts can run their browser tests side by side. */
const FIRST_PORT = Number(process.env.TEST_PORT_BASE ?? 4329);

/** Ports of the sites the browser tests start (see playwright.config.ts and fixture-sites.ts). */
export const PORTS = {
  /** `dist/` as `npm run build` left it. */
  main: FIRST_PORT,
  /** The site built under the base path /news/. */
  basePath: FIRST_PORT + 1,
  /** The fixture articles of tests/fixtures/content. */
  fixtures: FIRST_PORT + 2,
  /** `astro dev`, where the conversion review pages live. */
  dev: FIRST_PORT + 3,
  /** An archive of generated articles (tests/support/archive-site.ts). */
  archive: FIRST_PORT + 4,
  /** The fixture articles in the preview build: drafts and scheduled articles included. */
  preview: FIRST_PORT + 5,
} as const;

/** The origin of a site served on one of the ports. */
export function originOf(site: keyof typeof PORTS): string {
  return `http://127.0.0.1:${PORTS[site]}`;
}
