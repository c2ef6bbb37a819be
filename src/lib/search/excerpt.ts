/**
 * The search excerpt: the passage of a found page shown under its headline,
 * cut around the first match, escaped, with the matches marked. Runs in the
 * browser and in the tests; `escapeHtml` also at build time.
 */
import { matchRanges } from './query.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A passage of `text` around its first match, escaped, with every match in it inside `<mark>`. */
export function markedExcerpt(text: string, patterns: readonly RegExp[], radius = 32): string {
  const ranges = matchRanges(text, patterns);
  if (!ranges.length) return escapeHtml(text.slice(0, radius * 2)) + (text.length > radius * 2 ? '…' : '');
  const start = Math.max(0, ranges[0]![0] - radius / 2);
  const end = Math.min(text.length, Math.max(ranges[0]![1], start + radius * 2));
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const [from, to] of ranges) {
    if (from >= end) break;
    html += escapeHtml(text.slice(at, from)) + '<mark>' + escapeHtml(text.slice(from, Math.min(to, end))) + '</mark>';
    at = Math.min(to, end);
  }
  return html + escapeHtml(text.slice(at, end)) + (end < text.length ? '…' : '');
}
