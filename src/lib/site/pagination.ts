/**
 * Lists that stay small and stable as the archive grows. Every list (front
 * page, section, month, author, corrections) is cut into pages numbered from
 * its oldest item: page 1 holds the oldest 20, page 2 the next 20, and a full
 * page never changes again, so a new article re-renders the list's own URL
 * (its newest items) and, once every 20 articles, one new page. The list's own
 * URL shows the newest items and links to the page that goes on from them.
 * Runs at build time.
 */

import type { Variant } from '../variants/variants.ts';

/** Items on each page of a list. */
export const PER_PAGE = 20;

/**
 * One page of a list, its items newest first. `number` is the page's number counted from the oldest, or
 * undefined for the list's own URL (its newest items). `earlier` and `later` are the pages of the items
 * just older and just newer (`later: 'newest'` is the list's own URL); `oldest` is page 1 when it is
 * another page than this one. `newestFull` marks the newest full page, the only one whose links change
 * (once, when the next page fills up).
 */
export interface ListPage<T> {
  items: T[];
  number: number | undefined;
  earlier: number | undefined;
  later: number | 'newest' | undefined;
  oldest: number | undefined;
  newestFull: boolean;
}

/** The rest parameter of a list route for page `number`: none for the list's own URL, `page/N` for a full page. */
export function pageParam(number: number | undefined): string | undefined {
  return number === undefined ? undefined : `page/${number}`;
}

/**
 * Cuts a list (newest first) into its own URL, holding the newest `perPage`, and full pages numbered from the
 * oldest; an empty list still has its own (empty) page.
 */
export function paginate<T>(items: readonly T[], perPage = PER_PAGE): Array<ListPage<T>> {
  const total = items.length;
  const full = Math.floor(total / perPage);
  /** The full page holding the item `fromNewest` places after the newest. */
  const holding = (fromNewest: number) => Math.floor((total - 1 - fromNewest) / perPage) + 1;
  const newest: ListPage<T> = {
    items: items.slice(0, perPage),
    number: undefined,
    earlier: total > perPage ? holding(perPage) : undefined,
    later: undefined,
    oldest: total > perPage ? 1 : undefined,
    newestFull: false,
  };
  const pages = Array.from({ length: full }, (_, i): ListPage<T> => {
    const number = i + 1;
    return {
      items: items.slice(total - number * perPage, total - i * perPage),
      number,
      earlier: number > 1 ? number - 1 : undefined,
      later: number < full ? number + 1 : 'newest',
      oldest: number > 1 ? 1 : undefined,
      newestFull: number === full,
    };
  });
  return [newest, ...pages];
}

/** The URL of page `number` of a list whose own URL is `firstUrl` (ending in /); undefined or 'newest' is the list itself. */
export function pageUrl(firstUrl: string, number: number | 'newest' | undefined): string {
  return typeof number === 'number' ? `${firstUrl}page/${number}/` : firstUrl;
}

/** The name of page `number`, as the page navigation says it: 第 2 頁. */
export function pageName(variant: Variant, number: number): string {
  return variant.ui.pagination.page.replace('{n}', String(number));
}

/** A list's title on page `number`: its name on the list's own URL, 「name（第 2 頁）」 on a numbered page. */
export function listTitle(variant: Variant, name: string, number: number | undefined): string {
  return number === undefined
    ? name
    : variant.ui.pagination.pageTitle.replace('{title}', name).replace('{n}', String(number));
}
