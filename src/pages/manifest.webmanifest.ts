/** Web app manifest: the site can be added to a home screen and opens at the script chooser. */
import type { APIRoute } from 'astro';
import { iconUrl, withBase } from '../lib/site/urls.ts';
import { sourceVariant } from '../lib/variants/variants.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: sourceVariant.ui.siteName,
      short_name: sourceVariant.ui.siteName,
      lang: sourceVariant.lang,
      start_url: withBase(),
      scope: withBase(),
      display: 'standalone',
      background_color: '#fdfcf8',
      theme_color: '#a11d21',
      icons: [{ src: iconUrl(), sizes: 'any', type: 'image/svg+xml' }],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
