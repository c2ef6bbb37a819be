/**
 * The RSS feeds: a variant's, and each section's, with the newest articles
 * in full. Dates are in China time, and the feed's date is its items' latest
 * publication or change, so two builds of the same articles write the same
 * bytes. Runs at build time.
 */
import rss from '@astrojs/rss';
import { sectionOf, slugOf, type Article } from '../articles/collection.ts';
import { isoDateTime, rfc822 } from '../articles/dates.ts';
import { withoutPermalinks } from '../articles/permalinks.ts';
import { escapeHtml } from '../search/excerpt.ts';
import { feedMedia, withFeedFigures } from '../images/picture.ts';
import { sectionName } from '../sections/sections.ts';
import type { Variant } from '../variants/variants.ts';
import { articleUrl } from './urls.ts';

/** Items in each feed: enough for a reader who checks once a day. */
export const FEED_ITEMS = 50;

interface FeedOptions {
  variant: Variant;
  title: string;
  description: string;
  /** The page the feed is about and the feed itself, site-relative. */
  pageUrl: string;
  feedUrl: string;
  /** Newest first. */
  articles: readonly Article[];
  site: URL;
}

/** The RSS response of a list of articles. */
export async function articleFeed({
  variant,
  title,
  description,
  pageUrl,
  feedUrl,
  articles,
  site,
}: FeedOptions): Promise<Response> {
  const items = articles.slice(0, FEED_ITEMS);
  const lastChange = (article: Article) => article.data.updated ?? article.data.date;
  const newest = items.map(lastChange).sort((a, b) => b.getTime() - a.getTime())[0];
  return rss({
    title,
    description,
    site: new URL(pageUrl, site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', media: 'http://search.yahoo.com/mrss/' },
    customData: [
      `<language>${variant.lang}</language>`,
      `<atom:link href="${escapeHtml(new URL(feedUrl, site).href)}" rel="self" type="application/rss+xml"/>`,
      newest ? `<lastBuildDate>${rfc822(newest)}</lastBuildDate>` : '',
    ].join(''),
    items: await Promise.all(
      items.map(async (article) => ({
        title: article.data.title,
        description: article.data.description,
        link: articleUrl(variant, slugOf(article)),
        content: await withFeedFigures(withoutPermalinks(article.rendered?.html ?? ''), article.data.figures, site),
        categories: [sectionName(sectionOf(article), variant), ...(article.data.place ? [article.data.place] : [])],
        // RSS has no date of change; Atom's, in its namespace, carries a correction's.
        customData:
          `<pubDate>${rfc822(article.data.date)}</pubDate>` +
          (article.data.updated ? `<atom:updated>${isoDateTime(article.data.updated)}</atom:updated>` : '') +
          (article.data.image ? await feedMedia(article.data.image, site) : ''),
      })),
    ),
  });
}
