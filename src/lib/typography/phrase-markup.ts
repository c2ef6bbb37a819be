/**
 * A headline as HTML that breaks only between its phrases: `<wbr>` at each
 * place a line may break inside a clause, each clause of a headline written in
 * clauses (「開心10倍 小拜無礙」) in a `<span class="clause">` that the
 * stylesheet sets as an inline block, so the space between clauses is where a
 * line breaks first; and, for search hits, the matches inside `<mark>`. The
 * stylesheet's `word-break: keep-all` forbids every other place. Runs at build
 * time (phrases.ts) and in the browser (search hits, from the offsets the index
 * carries), so both render headlines alike.
 */
import { escapeHtml } from '../search/excerpt.ts';

/** A space between two clauses: white space with a Han character or CJK punctuation on both sides. */
const CLAUSE_SPACE =
  /(?<=[\p{Script=Han}\u3001-\u303f\uff01-\uff0f\uff1a-\uff20])\s+(?=[\p{Script=Han}\u3001-\u303f\uff01-\uff0f\uff1a-\uff20])/gu;

/** The clauses of a headline as [start, end) offsets; one clause when it has no space between clauses. */
export function clausesOf(text: string): Array<[start: number, end: number]> {
  const clauses: Array<[number, number]> = [];
  let start = 0;
  for (const space of text.matchAll(CLAUSE_SPACE)) {
    clauses.push([start, space.index]);
    start = space.index + space[0].length;
  }
  clauses.push([start, text.length]);
  return clauses;
}

/**
 * `text` as HTML: `<wbr>` at each offset of `breaks`, every clause in a `<span class="clause">` when there
 * are two or more, and the text of each range of `marks` (sorted, not overlapping) inside `<mark>`.
 */
export function phraseMarkup(
  text: string,
  breaks: readonly number[],
  marks: ReadonlyArray<readonly [start: number, end: number]> = [],
): string {
  const clauses = clausesOf(text);
  const inClauses = clauses.length > 1;
  const breakSet = new Set(breaks);
  const markStarts = new Set(marks.map(([start]) => start));
  const markEnds = new Set(marks.map(([, end]) => end));
  const marked = (at: number) => marks.some(([start, end]) => start <= at && at < end);
  let html = '';
  let last = 0;
  for (const [start, end] of clauses) {
    // The space before this clause, marked when a match spans it.
    if (start > last)
      html += marked(last) ? `<mark>${escapeHtml(text.slice(last, start))}</mark>` : text.slice(last, start);
    html += inClauses ? '<span class="clause">' : '';
    let open = marked(start);
    html += open ? '<mark>' : '';
    for (let at = start; at < end; at++) {
      if (at > start) {
        if (open && markEnds.has(at)) html += '</mark>';
        if (breakSet.has(at)) html += '<wbr>';
        if (markStarts.has(at)) html += '<mark>';
        open = marked(at);
      }
      html += escapeHtml(text[at]!);
    }
    html += open ? '</mark>' : '';
    html += inClauses ? '</span>' : '';
    last = end;
  }
  return html;
}
