/**
 * Tate-chu-yoko (縱中橫): in vertical writing a number of one or two digits sits
 * side by side in one character cell (「19」, not 「1」 over 「9」). Chromium has no
 * `text-combine-upright: digits 2`, so such runs are marked at build time with
 * `<span class="tcy">`; the stylesheet combines them only in 直排. Longer
 * numbers (2025) lie sideways like Latin words (`text-orientation: mixed`),
 * one of the two ways clreq allows. Runs at build time.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** A run of one or two digits that is not part of a longer number, a decimal or a Latin word. */
const SHORT_NUMBER = /(?<![\p{Nd}\p{Script=Latin}.,])\d{1,2}(?![\p{Nd}\p{Script=Latin}.,%])/gu;

/** The text split into plain text and marked short numbers. */
function splitNumbers(text: string): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(SHORT_NUMBER)) {
    if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
    parts.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['tcy'] },
      children: [{ type: 'text', value: match[0] }],
    });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

/** Marks every short number in the text below a node (not in code), in place. */
export function markTateChuYoko(node: Root | Element): void {
  const marked: RootContent[] = [];
  for (const child of node.children as RootContent[]) {
    if (child.type === 'text') {
      marked.push(...splitNumbers(child.value));
      continue;
    }
    if (child.type === 'element' && !['code', 'pre', 'script', 'style'].includes(child.tagName)) markTateChuYoko(child);
    marked.push(child);
  }
  // Only text was replaced, by text and spans: the node's kind of content is unchanged.
  node.children = marked as ElementContent[];
}

/** An HTML fragment with its short numbers marked, for what 直排 shows outside the body (headline, dateline). */
export function tateChuYokoHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  markTateChuYoko(tree);
  return toHtml(tree);
}
