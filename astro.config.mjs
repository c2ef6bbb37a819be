// @ts-check
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, sharpImageService } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import remarkCjkFriendly from 'remark-cjk-friendly';
import deployHeaders from './src/integrations/deploy-headers.ts';
import siteUrlCheck from './src/integrations/site-url-warning.ts';
import stalePages from './src/integrations/stale-pages.ts';
import { bootScript } from './src/components/reader/boot-script.ts';
import { rehypeParagraphIds } from './src/lib/articles/paragraph-ids.ts';
import { rehypeFigures } from './src/lib/images/rehype-figures.ts';
import { isArticlePage, isListPage, ownSitemapPaths, withAlternates } from './src/lib/site/sitemap.ts';
import { basePath } from './src/lib/site/base-path.node.ts';
import { cacheFolder } from './src/lib/site/cache-folder.node.ts';
import { showsRegions } from './src/lib/variants/variants.ts';

/** CSP hash of an inline script that Astro does not process itself. */
const sha256 = (/** @type {string} */ code) =>
  /** @type {const} */ (`sha256-${createHash('sha256').update(code).digest('base64')}`);

// Where `npm run preview` serves the site: the origin of every absolute URL when SITE_URL is unset.
const LOCAL_ORIGIN = 'http://127.0.0.1:4321';

// BASE_PATH builds the site for a sub-folder, such as a project page on a static host.
const base = basePath();
// Absolute URLs (canonical, hreflang, feeds) need the public origin; set SITE_URL when deploying.
const site = process.env.SITE_URL ?? LOCAL_ORIGIN;
// The styles of regional variants (the switch's regions, Hong Kong fonts) only on a site that has one.
const regional = showsRegions();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The stylesheet (3 KB gzip) goes inside each page: one round trip fewer before the first paint,
  // which on a phone network is most of the wait (bench section 4).
  build: { inlineStylesheets: 'always' },
  // ASTRO_CACHE_DIR: tests build fixture sites side by side, each with its own cache; the review report reads it too.
  cacheDir: cacheFolder(),
  server: { host: '127.0.0.1', port: 4321 },
  // A rebuild keeps the page of every path whose cacheKey (see articlePaths) and code are unchanged.
  experimental: { incrementalBuild: true },
  // The dev toolbar would cover the review pages editors read in `astro dev`.
  devToolbar: { enabled: false },
  integrations: [
    sitemap({
      // hreflang alternates between the variants of each page, and the root chooser as x-default.
      serialize: (entry) => withAlternates(entry, base),
      // Search result pages and share pages are not content; articles and list pages are in sitemaps of their own,
      // with their last changes (src/lib/site/sitemap.ts).
      filter: (page) => !/\/(search|share)\/$/.test(page) && !isArticlePage(page, base) && !isListPage(page, base),
      customSitemaps: ownSitemapPaths().map((path) => new URL(base + path, site).href),
    }),
    deployHeaders(),
    stalePages(),
    siteUrlCheck(LOCAL_ORIGIN),
  ],
  vite: {
    // A site without a regional variant gets an empty sheet for src/styles/regions.css (see Base.astro).
    resolve: {
      alias: regional
        ? []
        : [
            {
              find: /^.*\/styles\/regions\.css$/,
              replacement: fileURLToPath(new URL('./src/styles/regions-off.css', import.meta.url)),
            },
          ],
    },
    // dist/ is kept between builds, so that a rebuild leaves every unchanged page in place instead of copying it
    // back from the cache (1.8 ms a page); src/integrations/stale-pages.ts removes the pages a build no longer has.
    // The search code is bundled on its own through `?worker&url` (see
    // src/components/search/site-search.ts) and imported as an ES module.
    worker: { format: 'es' },
    // Component scripts are files, not inlined: a file is cached once for all pages, and an inline script
    // would add its hash to the CSP of each page that has it (src/middleware.ts).
    build: { assetsInlineLimit: 0, emptyOutDir: false },
  },
  // Photos: sharp makes AVIF, WebP and JPEG at every width (src/lib/images/picture.ts). AVIF effort 2 of 9
  // is 6× quicker than the default 4 for files 2 % larger (measured on a 2,048 px photograph).
  image: { service: sharpImageService({ avif: { effort: 2 }, jpeg: { mozjpeg: true } }) },
  markdown: {
    // News has no code listings; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // Astro 7's default processor skips remark plugins; the unified one runs them.
    // SmartyPants is off: it would turn Chinese quotation marks into English ones.
    processor: unified({
      remarkPlugins: [remarkCjkFriendly],
      // Figures first, so a photo's paragraph takes no paragraph id (src/lib/images/rehype-figures.ts).
      rehypePlugins: [rehypeFigures, rehypeParagraphIds],
      smartypants: false,
    }),
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Nothing beyond this site's own files and hashed scripts; Pagefind's search runs as WebAssembly.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [sha256(bootScript)],
      },
    },
  },
});
