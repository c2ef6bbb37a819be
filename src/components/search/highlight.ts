/**
 * Arriving from a search result (?highlight=…): marks the matched words in the
 * article, whatever script they were typed in, and brings the first mark in
 * the linked paragraph into view.
 */
import { matchRanges, queryTerms, termPattern } from '../../lib/search-query';
import { loadFolding } from './folding-client';

/** Wraps every match of the query in the article's text in `<mark>`. */
async function highlight(query: string, segment: string, root: HTMLElement): Promise<void> {
  const folding = await loadFolding(segment);
  const patterns = queryTerms(query).map((tokens) => termPattern(tokens, folding));
  if (!patterns.length) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const ranges = matchRanges(node.data, patterns);
    for (const [start, end] of ranges.reverse()) {
      const match = node.splitText(start);
      match.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-mark';
      match.replaceWith(mark);
      mark.append(match);
    }
  }
  const target = (location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))) || root;
  const first = target.querySelector('mark.search-mark') ?? root.querySelector('mark.search-mark');
  first?.scrollIntoView({ block: 'center' });
}

const query = new URLSearchParams(location.search).get('highlight');
const article = document.querySelector<HTMLElement>('[data-pagefind-body]');
if (query && article) void highlight(query, document.documentElement.dataset['variant']!, article);
