// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { rehypeParagraphIds } from './src/lib/paragraph-ids.ts';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import { variants } from './src/lib/variants.ts';

export default defineConfig({
  // Absolute URLs (canonical, hreflang, feeds) need the public origin; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  server: { host: '127.0.0.1', port: 4321 },
  integrations: [
    sitemap({
      // hreflang alternates between the variants of each page.
      i18n: {
        defaultLocale: variants[0].segment,
        locales: Object.fromEntries(variants.map((v) => [v.segment, v.lang])),
      },
      // Search result pages are not content.
      filter: (page) => !/\/search\/$/.test(page),
    }),
    pagefind(),
  ],
  markdown: {
    // Astro 7's default processor skips remark plugins; the unified one runs them.
    // SmartyPants is off: it would turn Chinese quotation marks into English ones.
    processor: unified({
      remarkPlugins: [remarkCjkFriendly],
      rehypePlugins: [rehypeParagraphIds],
      smartypants: false,
    }),
  },
});
