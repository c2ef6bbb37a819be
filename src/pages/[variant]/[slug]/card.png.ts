/**
 * An article's share card (/zh-hant/<slug>/card.png), the og:image of its
 * page: drawn by lib/share/card.node.ts, or taken from its cache when the
 * same card was drawn by an earlier build. Runs at build time.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { articlePaths } from '../../../lib/articles/collection.ts';
import { shareCard } from '../../../lib/share/card.node.ts';

export const getStaticPaths = articlePaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { article, variant } }) => {
  const { kicker, title, subtitle } = article.data;
  const png = await shareCard({ siteName: variant.ui.siteName, kicker, title, subtitle, lang: variant.lang });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
