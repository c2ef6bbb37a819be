/**
 * Arriving from a search result (?highlight=…): marks the matched words in the
 * article, whatever script they were typed in, and brings the first mark in
 * the linked paragraph into view. Runs in the browser, started by search-ui.ts.
 */
import { matchRanges, queryTerms, termPattern } from '../../lib/search/query.ts';
import { loadFolding } from './engine.ts';

/** A URL fragment as an id; a malformed one is taken as it is. */
function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

const BLOCK = 'p, h1, h2, h3, h4, li, blockquote, figcaption, td, th';

/** The text nodes below `root`, grouped by the block (paragraph, heading…) they belong to. */
function textBlocks(root: HTMLElement): Text[][] {
  const blocks = new Map<Element, Text[]>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    // The reading aid's ruby text is not the article's text.
    if (node.parentElement!.closest('rt, rp')) continue;
    const block = node.parentElement!.closest(BLOCK) ?? root;
    blocks.set(block, [...(blocks.get(block) ?? []), node]);
  }
  return [...blocks.values()];
}

/** The text node and offset at a character offset of a block's joined text. */
function positionOf(block: Text[], offset: number): [Text, number] {
  for (const node of block) {
    if (offset <= node.data.length) return [node, offset];
    offset -= node.data.length;
  }
  const last = block.at(-1)!;
  return [last, last.data.length];
}

/** Wraps every match of the page's `?highlight=` query in the article's text in `<mark>`. */
export async function highlightArrival(foldingUrl: string): Promise<void> {
  const query = new URLSearchParams(location.search).get('highlight');
  const root = document.querySelector<HTMLElement>('[data-search-body]');
  if (!query || !root) return;
  const folding = await loadFolding(foldingUrl);
  const patterns = queryTerms(query).map((tokens) => termPattern(tokens, folding));
  if (!patterns.length) return;
  // Match over each block's whole text: <wbr> and the digit spans of 直排 split it into several text nodes.
  for (const block of textBlocks(root)) {
    const text = block.map((node) => node.data).join('');
    for (const [start, end] of matchRanges(text, patterns).reverse()) {
      const range = document.createRange();
      range.setStart(...positionOf(block, start));
      range.setEnd(...positionOf(block, end));
      const mark = document.createElement('mark');
      mark.className = 'search-mark';
      mark.append(range.extractContents());
      range.insertNode(mark);
    }
  }
  const target = (location.hash && document.getElementById(safeDecode(location.hash.slice(1)))) || root;
  const first = target.querySelector('mark.search-mark') ?? root.querySelector('mark.search-mark');
  // A script switch keeps the reader's place (boot-script.ts); only an arrival from a search moves to the mark.
  if (!('switched' in document.documentElement.dataset)) first?.scrollIntoView({ block: 'center' });
}
