/** Article dates as readers and machines see them. Runs at build time. */

/** A date as Chinese readers write it: 2025年2月19日. */
export function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** The date as an ISO day, for `<time datetime>`, metadata and the search index. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
