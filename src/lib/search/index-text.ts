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
 * Marks where each block begins in the indexed text: BLOCK_MARK before a paragraph with an id (in the
 * same order as Pagefind's anchors), OTHER_BLOCK_MARK before any other block (kicker, headline,
 * dateline). Pagefind keeps no boundary between blocks, so without them an excerpt runs from the dateline
 * into the first paragraph and a phrase could match across two blocks; a mark takes a word position and
 * is never a word.
 */
export const BLOCK_MARK = '\u00b6';
export const OTHER_BLOCK_MARK = '\u204b';

/** The element whose text the indexer takes. */
const INDEXED_BODY = /<[a-z][^>]*\sdata-pagefind-body[\s>=]/;

/** The Pagefind filter naming the part of a large archive's index a page is in (see index-site.node.ts). */
export const PART_FILTER = 'part';

/** Puts a block mark before every block element. */
function markBlocks(html: string): string {
  return html.replace(/<(?:p|h[1-6]|li|blockquote|figcaption|td|th)(?=[\s>])[^>]*>/g, (tag) =>
    /\sid="/.test(tag) ? BLOCK_MARK + tag : OTHER_BLOCK_MARK + tag,
  );
}

/**
 * Pagefind stores, for each element with an id, that element's whole text beside the page's text: the
 * paragraph ids would double every stored page. Each id moves onto an empty marker at the start of its
 * element, which keeps the word position a result links to and stores no text.
 */
function idsAsMarkers(html: string): string {
  return html.replace(
    /<(p|h[1-6]|li|blockquote|figcaption|td|th)(\s[^>]*?)?\sid="([^"]*)"([^>]*)>/g,
    (_, tag: string, before = '', id: string, after: string) => `<${tag}${before}${after}><span id="${id}"></span>`,
  );
}

/**
 * The page as the indexer should see it, inside the `data-pagefind-body` element only: separators, block
 * marks, ids as empty markers, the article's section (its `article:section` meta, in the page's script)
 * as the `section` filter, and in an index in parts, the page's part as the `part` filter.
 */
export function pageForIndex(html: string, part?: number): string | undefined {
  const start = html.search(INDEXED_BODY);
  if (start < 0) return undefined;
  const section = /<meta property="article:section" content="([^"]*)"/.exec(html)?.[1];
  const filter = section ? ` data-pagefind-filter="section:${section}"` : '';
  // In a large archive's index, each page says which part it is in (see index-site.node.ts).
  const partMarker = part ? `<span data-pagefind-filter="${PART_FILTER}:${part}"></span>` : '';
  const body = html
    .slice(start)
    .replace(
      /\sdata-pagefind-body[^>]*>/,
      (attributes) => attributes.replace('data-pagefind-body', `data-pagefind-body${filter}`) + partMarker,
    );
  return html.slice(0, start) + separateHan(idsAsMarkers(markBlocks(body)));
}

/** The `date` sort key of a page the indexer takes (empty when it has none); undefined for a page it leaves out. */
export function indexedPageDate(html: string): string | undefined {
  if (html.search(INDEXED_BODY) < 0) return undefined;
  return /\sdata-pagefind-sort="date:([^"]*)"/.exec(html)?.[1] ?? '';
}
