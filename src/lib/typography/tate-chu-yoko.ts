/**
 * Tate-chu-yoko (縱中橫): in vertical writing a number of one or two digits sits
 * side by side in one character cell (「19」, not 「1」 over 「9」). Chromium has no
 * `text-combine-upright: digits 2`, so such runs are marked at build time with
 * `<span class="tcy">`; the stylesheet combines them only in 直排. Longer
 * numbers (2025) lie sideways like Latin words (`text-orientation: mixed`),
 * one of the two ways clreq allows. Runs at build time.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { wrapMatches } from './text-spans.ts';

/** A run of one or two digits that is not part of a longer number, a decimal or a Latin word. */
const SHORT_NUMBER = /(?<![\p{Nd}\p{Script=Latin}.,])\d{1,2}(?![\p{Nd}\p{Script=Latin}.,%])/gu;

/** Marks every short number in the text below a node (not in code), in place. */
export function markTateChuYoko(node: Root | Element): void {
  wrapMatches(node, SHORT_NUMBER, { className: ['tcy'] });
}

/** An HTML fragment with its short numbers marked, for what 直排 shows outside the body (headline, dateline). */
export function tateChuYokoHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  markTateChuYoko(tree);
  return toHtml(tree);
}
