/**
 * The share cards pages name in og:image, at absolute URLs: an article's
 * (/zh-hant/<slug>/card.png, its headline), shown when the article has no lead
 * photo, and the site's (/zh-hant/card.png, its name and description), shown
 * by every page that is not an article. card.node.ts draws them, the card.png
 * routes serve them. Runs at build time, inside Astro.
 */
import type { ShareImage } from '../images/picture.ts';
import { cardUrl } from '../site/urls.ts';
import type { Variant } from '../variants/variants.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardText } from './card.node.ts';

/** A card at `path` on the site, as og:image names it. */
function cardAt(path: string, alt: string, site: URL): ShareImage {
  return { url: new URL(path, site).href, width: CARD_WIDTH, height: CARD_HEIGHT, alt };
}

/** The share card of an article in a variant, which shows its headline. */
export function articleCard(variant: Variant, slug: string, title: string, site: URL): ShareImage {
  return cardAt(cardUrl(variant, slug), title, site);
}

/** What the site's card shows: the site's name above its description, in the variant's script. */
export function siteCardText(variant: Variant): CardText {
  return { siteName: variant.ui.siteName, title: variant.ui.siteDescription, lang: variant.lang };
}

/** The site's share card in a variant, for every page that is not an article. */
export function siteCard(variant: Variant, site: URL): ShareImage {
  return cardAt(cardUrl(variant), siteCardText(variant).title, site);
}
