/**
 * Lists that stay small as the archive grows: every list (front page,
 * section, month) is cut into pages of a fixed size, the first at the list's
 * own URL and the rest at `page/2/`, `page/3/`… Runs at build time.
 */

import type { Variant } from '../variants/variants.ts';

/** Articles on each page of a list. */
export const PER_PAGE = 20;

/** One page of a list: its items, its number (from 1) and how many pages the list has. */
export interface ListPage<T> {
  items: T[];
  number: number;
  count: number;
}

/** The rest parameter of a list route for page `number`: none for the first page, `page/N` after it. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `page/${number}`;
}

/** Cuts a list into pages; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], perPage = PER_PAGE): Array<ListPage<T>> {
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * perPage, (i + 1) * perPage),
    number: i + 1,
    count,
  }));
}

/** The URL of page `number` of a list whose first page is at `firstUrl` (ending in /). */
export function pageUrl(firstUrl: string, number: number): string {
  return number === 1 ? firstUrl : `${firstUrl}page/${number}/`;
}

/** The name of page `number`, as the page navigation says it: 第 2 頁. */
export function pageName(variant: Variant, number: number): string {
  return variant.ui.pagination.page.replace('{n}', String(number));
}

/** A list's title on page `number`: its name on the first page, 「name（第 2 頁）」 after. */
export function listTitle(variant: Variant, name: string, number: number): string {
  return number === 1 ? name : variant.ui.pagination.pageTitle.replace('{title}', name).replace('{n}', String(number));
}
