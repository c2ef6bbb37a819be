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

/** Wraps every match of the page's `?highlight=` query in the article's text in `<mark>`. */
export async function highlightArrival(foldingUrl: string): Promise<void> {
  const query = new URLSearchParams(location.search).get('highlight');
  const root = document.querySelector<HTMLElement>('[data-pagefind-body]');
  if (!query || !root) return;
  const folding = await loadFolding(foldingUrl);
  const patterns = queryTerms(query).map((tokens) => termPattern(tokens, folding));
  if (!patterns.length) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    for (const [start, end] of matchRanges(node.data, patterns).reverse()) {
      const match = node.splitText(start);
      match.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-mark';
      match.replaceWith(mark);
      mark.append(match);
    }
  }
  const target = (location.hash && document.getElementById(safeDecode(location.hash.slice(1)))) || root;
  const first = target.querySelector('mark.search-mark') ?? root.querySelector('mark.search-mark');
  first?.scrollIntoView({ block: 'center' });
}
