/**
 * What the site says about itself in every page's footer: where its about
 * page is, how readers reach the newsroom, and the licence of its articles.
 * The one table a site fills in; the link texts are interface strings, in
 * the variants table. Runs at build time.
 */
import type { Variant } from '../variants/variants.ts';

export interface SiteInfo {
  /** The page about the site and who runs it, as an absolute URL or a path from the host; absent when there is none. */
  about?: string | undefined;
  /** How readers reach the newsroom: a `mailto:` address, or a contact page's URL. */
  contact: string;
  /** The licence the articles are published under: its text's URL (rel="license"). */
  licence: string;
}

/** This site's information. Replace these with the publisher's own before deploying. */
export const siteInfo: SiteInfo = {
  contact: 'mailto:newsroom@example.org',
  licence: 'https://creativecommons.org/licenses/by-nc-nd/4.0/',
};

/** One link of the footer's site information. */
export interface InfoLink {
  name: string;
  url: string;
  rel?: 'license' | undefined;
}

/** The footer's links to what the table gives, named in a variant's script; a field left out has no link. */
export function infoLinks(variant: Variant, info: SiteInfo = siteInfo): InfoLink[] {
  const { footer } = variant.ui;
  return [
    ...(info.about ? [{ name: footer.about, url: info.about }] : []),
    { name: footer.contact, url: info.contact },
    { name: footer.licence, url: info.licence, rel: 'license' as const },
  ];
}
