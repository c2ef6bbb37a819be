/**
 * An article's share card (/zh-hant/<slug>/card.png), the og:image of its
 * page: drawn by lib/share/card.node.ts, or taken from its cache when the
 * same card was drawn by an earlier build. Runs at build time.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { articleAlonePaths } from '../../../lib/articles/collection.ts';
import { prepareCards, shareCard, type CardText } from '../../../lib/share/card.node.ts';

type ArticlePage = Awaited<ReturnType<typeof articleAlonePaths>>[number]['props'];
const cardOf = ({ article, variant }: ArticlePage): CardText => {
  const { kicker, title, subtitle } = article.data;
  return { siteName: variant.ui.siteName, kicker, title, subtitle, lang: variant.lang };
};

export const getStaticPaths = async () => {
  const paths = await articleAlonePaths();
  // A build draws every missing card at once, several at a time; the dev server, only the one asked for.
  if (import.meta.env.PROD) prepareCards(paths.map(({ props }) => cardOf(props)));
  return paths;
};
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await shareCard(cardOf(props));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
