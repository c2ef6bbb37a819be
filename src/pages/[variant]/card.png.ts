/**
 * The site's share card in a variant (/zh-hant/card.png), the og:image of
 * every page that is not an article: the site's name and description, drawn
 * by lib/share/card.node.ts as articles' cards are, or taken from its cache.
 * Runs at build time.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { variantPaths } from '../../lib/site/routes.ts';
import { shareCard } from '../../lib/share/card.node.ts';
import { siteCardText } from '../../lib/share/cards.ts';

export const getStaticPaths = variantPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { variant } }) => {
  const png = await shareCard(siteCardText(variant));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
