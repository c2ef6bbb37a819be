/**
 * Writes `_headers` (the format Netlify and Cloudflare Pages read) into the
 * built site: the security headers a <meta> CSP cannot carry, a year of
 * caching for content-hashed files, and five minutes for pages. Hosts apply
 * every matching rule and join repeated headers, so no path gets two
 * Cache-Control rules; paths come from the base path and the variants table.
 * Runs in Node, after `astro build`.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { INDEX_FOLDER, PARTS_FILE } from '../lib/search/bundle.ts';
import { variants } from '../lib/variants/variants.ts';
import { siteBase } from './site-base.ts';

const SECURITY = [
  "Content-Security-Policy: frame-ancestors 'none'",
  'X-Frame-Options: DENY',
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy: same-origin',
];
const IMMUTABLE = 'Cache-Control: public, max-age=31536000, immutable';
const PAGE = 'Cache-Control: public, max-age=300, must-revalidate';

/** Paths inside every part of each variant's index (`:part` matches one path segment, as hosts read it). */
const bundleFolders = (paths: string[]) =>
  variants.flatMap((v) => paths.map((path) => `${INDEX_FOLDER}/${v.segment}/:part/${path}`));

/** The `_headers` file for a site under `base`. */
export function headersFile(base: string): string {
  const rule = (path: string, ...headers: string[]) => [base + path, ...headers.map((h) => `  ${h}`)].join('\n');
  return [
    '# Written by src/integrations/deploy-headers.ts at build time.',
    rule('*', ...SECURITY),
    // Content-hashed: Astro's assets, and the chunks, fragments and filters of each variant's Pagefind bundle.
    ...['_astro/*', ...bundleFolders(['index/*', 'fragment/*', 'filter/*'])].map((path) => rule(path, IMMUTABLE)),
    // Pages, and files that keep their names from one build to the next (Pagefind's script, entry, meta, wasm).
    ...[
      '',
      '404.html',
      ...variants.flatMap((v) => [`${v.segment}/*`, `${INDEX_FOLDER}/${v.segment}/${PARTS_FILE}`]),
      ...bundleFolders(['pagefind*', 'wasm.*']),
    ].map((path) => rule(path, PAGE)),
    '',
  ].join('\n\n');
}

/** The Astro integration that writes `_headers` into the built site. */
export default function deployHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'deploy-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = siteBase(config);
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}
