/**
 * What the search index sees of a page. Pagefind segments Chinese into words
 * its own way, and the browser segments queries differently, so whole words
 * go missing. Putting U+200B between Han characters makes every character a
 * word; a query then becomes an exact phrase of characters, which is exact
 * substring search in any script. Readers never see these separators: they
 * exist only in the copy handed to the indexer.
 * Runs at build time, for the indexer.
 */

const HAN_CHARACTER = /(\p{Script=Han})/gu;
const SEPARATOR = '\u200b';

/** Puts U+200B around every Han character in the text of an HTML fragment, never inside tags. */
export function separateHan(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(HAN_CHARACTER, `${SEPARATOR}$1${SEPARATOR}`)))
    .join('')
    .replaceAll(SEPARATOR + SEPARATOR, SEPARATOR);
}

/**
 * The page as the indexer should see it: separators inside the `data-pagefind-body` element only, and
 * the article's section (its `article:section` meta, in the page's script) as the `section` filter.
 */
export function pageForIndex(html: string): string | undefined {
  const start = html.search(/<[a-z][^>]*\sdata-pagefind-body[\s>=]/);
  if (start < 0) return undefined;
  const section = /<meta property="article:section" content="([^"]*)"/.exec(html)?.[1];
  const filter = section ? ` data-pagefind-filter="section:${section}"` : '';
  const body = html.slice(start).replace(/\sdata-pagefind-body/, (attribute) => attribute + filter);
  return html.slice(0, start) + separateHan(body);
}
