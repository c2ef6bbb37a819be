/** Plain text out of rendered HTML, for excerpts and the search folding table. */
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** The text of each top-level block (paragraph, heading…) of an HTML fragment. */
export function blockTexts(html: string): string[] {
  return fromHtml(html, { fragment: true })
    .children.filter((n) => n.type === 'element')
    .map((n) => textOf(n).trim())
    .filter(Boolean);
}

/** The first sentence of a text: up to the first 。！？ and any closing marks after it. */
export function firstSentenceOf(text: string): string {
  return /^.*?[。！？][」』”’）]*/su.exec(text)?.[0] ?? text;
}

/** The first sentence of the first paragraph of an HTML fragment. */
export function firstSentence(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  const first = tree.children.find((n) => n.type === 'element' && n.tagName === 'p');
  return firstSentenceOf(first ? textOf(first).trim() : '');
}
