/**
 * The static paths of the routes, with typed props, so each route is one
 * line of `getStaticPaths` and `InferGetStaticPropsType` gives its props.
 * Lists are cut into pages here. Runs at build time inside Astro.
 */
import { getCollection } from 'astro:content';
import {
  articlesIn,
  byAuthor,
  byMonth,
  bySection,
  changedArticles,
  everyArticleIn,
  listed,
  renderKey,
  type Article,
} from '../articles/collection.ts';
import { variants, type Variant } from '../variants/variants.ts';
import { FEED_ITEMS } from './feed.ts';
import { pageParam, paginate } from './pagination.ts';

/** One path per variant (`/zh-hant/…`, `/zh-hans/…`), with the variant as a prop. */
export function variantPaths() {
  return variants.map((variant: Variant) => ({ params: { variant: variant.segment }, props: { variant } }));
}

/** One path per variant, with its newest articles, the feed's items, keyed by them (see `renderKey`). */
export async function feedPaths() {
  return Promise.all(
    variants.map(async (variant: Variant) => {
      const articles = (await articlesIn(variant)).slice(0, FEED_ITEMS);
      return {
        params: { variant: variant.segment },
        props: { variant, articles },
        cacheKey: renderKey(articles, variant.segment),
      };
    }),
  );
}

/** One path per variant and section (`/zh-hant/politics/…`), with the section's newest articles, keyed by them. */
export async function sectionFeedPaths() {
  const perVariant = await Promise.all(
    variants.map(async (variant: Variant) =>
      [...bySection(await articlesIn(variant))].map(([section, all]) => {
        const articles = all.slice(0, FEED_ITEMS);
        return {
          params: { variant: variant.segment, section: section.id },
          props: { variant, section, articles },
          cacheKey: renderKey(articles, variant.segment, section.id),
        };
      }),
    ),
  );
  return perVariant.flat();
}

/**
 * A list's pages as paths: its newest items at the list's own URL, then full pages `page/1`… from the oldest,
 * each with its page of articles and a `cacheKey` of what it shows, so that a rebuild renders again only the
 * pages whose articles or links changed. `shows` is the digest of
 * anything else the list's pages show (an author's entry).
 */
function pagedPaths<Props extends object>(
  articles: readonly Article[],
  params: Record<string, string>,
  props: Props,
  shows = '',
) {
  return paginate(articles).map((page) => ({
    params: { ...params, page: pageParam(page.number) },
    props: { ...props, page },
    cacheKey: renderKey(
      page.items,
      ...Object.values(params),
      page.number,
      page.earlier,
      page.later,
      page.oldest,
      shows,
    ),
  }));
}

/** Every page of every variant's front page list. */
export async function frontPaths() {
  const perVariant = await Promise.all(
    variants.map(async (variant: Variant) =>
      pagedPaths(await articlesIn(variant), { variant: variant.segment }, { variant }),
    ),
  );
  return perVariant.flat();
}

/** Every page of every section in every variant. */
export async function sectionPaths() {
  const perVariant = await Promise.all(
    variants.map(async (variant: Variant) =>
      [...bySection(await articlesIn(variant))].flatMap(([section, articles]) =>
        pagedPaths(articles, { variant: variant.segment, section: section.id }, { variant, section }),
      ),
    ),
  );
  return perVariant.flat();
}

/** Every page of every month's archive in every variant. */
export async function monthPaths() {
  const perVariant = await Promise.all(
    variants.map(async (variant: Variant) =>
      byMonth(await articlesIn(variant)).flatMap(({ year, month, articles }) =>
        pagedPaths(
          articles,
          { variant: variant.segment, year: String(year), month: String(month).padStart(2, '0') },
          { variant, year, month },
        ),
      ),
    ),
  );
  return perVariant.flat();
}

/** Every page of every author's articles in every variant (`/zh-hant/author/<id>/`), with the author. */
export async function authorPaths() {
  const perVariant = await Promise.all(
    variants.map(async (variant: Variant) => {
      const every = await everyArticleIn(variant);
      // No byline names an author with a page (a retracted article's page too links its byline), as on a site
      // without an authors table: Astro would warn on reading the empty collection, on every build.
      if (!every.some((article) => article.data.byline.some((name) => name.id))) return [];
      const articles = listed(every);
      const authors = await getCollection('authors', (a) => a.id.startsWith(`${variant.segment}/`));
      return authors.flatMap(({ data: author, digest }) =>
        pagedPaths(
          byAuthor(articles, author.id),
          { variant: variant.segment, id: author.id },
          { variant, author },
          String(digest),
        ),
      );
    }),
  );
  return perVariant.flat();
}

/** Every page of every variant's corrections and retractions, most recently changed first. */
export async function correctionPaths() {
  const perVariant = await Promise.all(
    variants.map(async (variant: Variant) =>
      pagedPaths(changedArticles(await everyArticleIn(variant)), { variant: variant.segment }, { variant }),
    ),
  );
  return perVariant.flat();
}
