/**
 * Search queries in either script: parsing a query into terms of units, the
 * form a unit takes in the index, and finding a term in text to mark it. The
 * index holds every page in its own script (see indexed-words.ts); a query's
 * Han characters are spelled in the page's script through a folding table
 * built from the site's own text. Punctuation inside a query matches that mark
 * or its other width (，/,); any full stop any other, any quotation mark any
 * other. Runs in the browser, at build time (the indexer's units) and in the
 * tests.
 */
/** For one variant: each character of the site spelled otherwise in that variant's text → its spellings there. */
export type Folding = Record<string, string>;

/**
 * A Han character, a run of other letters and digits (with the decimal point or thousands comma inside a
 * number: PM2.5, 1,000), or one punctuation mark or symbol.
 */
export const UNIT = /\p{Script=Han}|[^\p{Script=Han}\p{P}\p{S}\p{Z}\p{C}]+(?:[.,．]\p{N}+)*|[\p{P}\p{S}]/gu;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;
const QUOTES = '"\'“”‘’「」『』＂＇';
const MAX_TERMS = 8;

/**
 * A query's terms, separated by spaces or line breaks; each term is its units in order: Han characters
 * alone, other letters and digits in runs, punctuation marks one by one.
 */
export function queryTerms(query: string): string[][] {
  return query
    .normalize('NFC')
    .split(/\s+/u)
    .map((term) => term.match(UNIT) ?? [])
    .filter((units) => units.some((unit) => !isPunctuation(unit)))
    .slice(0, MAX_TERMS);
}

/** Whether a unit of a term is a punctuation mark or symbol. */
export function isPunctuation(unit: string): boolean {
  return PUNCTUATION.test(unit);
}

/** Full stops that match one another: the ideographic (。), the half-width ideographic (｡) and the ASCII one. */
const FULL_STOPS = '。｡.．';

/** Text with full-width letters, digits and marks in their narrow forms (ＮＢＡ → NBA, ２０１０ → 2010). */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/gu, (c) => String.fromCodePoint(c.codePointAt(0)! - 0xfee0));
}

/**
 * A unit as the index keeps it: letters and digits half-width and in lower case, a punctuation mark in its
 * narrow form (，→ ,), every full stop as . and every quotation mark as ". A query's unit and the text's match
 * when these agree; Han characters are kept as they are (the folding table matches them across scripts).
 */
export function indexedUnit(unit: string): string {
  if (!isPunctuation(unit)) return halfWidth(unit).toLowerCase();
  if (QUOTES.includes(unit)) return '"';
  if (FULL_STOPS.includes(unit)) return '.';
  return halfWidth(unit);
}

/** The spellings a Han character may have in a variant's text (from its folding table), else the token itself. */
function spellingsOf(token: string, folding: Folding): string[] {
  const folded = folding[token];
  return folded ? [...folded] : [token];
}

/** Escapes text for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A punctuation mark and its twins: the other width (，/,), every full stop, or every quotation mark. */
function punctuationTwins(mark: string): string[] {
  if (QUOTES.includes(mark)) return [...QUOTES];
  if (FULL_STOPS.includes(mark)) return [...FULL_STOPS];
  const code = mark.codePointAt(0)!;
  if (code >= 0xff01 && code <= 0xff5e) return [mark, String.fromCodePoint(code - 0xfee0)];
  if (code >= 0x21 && code <= 0x7e) return [mark, String.fromCodePoint(code + 0xfee0)];
  return [mark];
}

/** A pattern for a run of letters and digits in either width: each character or its full-width twin. */
function widthless(run: string): string {
  return [...halfWidth(run)]
    .map((c) => {
      const code = c.codePointAt(0)!;
      return code > 0x20 && code < 0x7f
        ? `[${escapeRegExp(c)}${String.fromCodePoint(code + 0xfee0)}]`
        : escapeRegExp(c);
    })
    .join('');
}

/** A pattern that finds a term in a variant's text, in any of its spellings, punctuation in either width. */
export function termPattern(units: readonly string[], folding: Folding): RegExp {
  const parts = units.map((unit) => {
    if (!isPunctuation(unit) && !/^\p{Script=Han}$/u.test(unit)) return widthless(unit);
    const spelled = isPunctuation(unit) ? punctuationTwins(unit) : spellingsOf(unit, folding);
    return spelled.length === 1 ? escapeRegExp(spelled[0]!) : `[${spelled.map(escapeRegExp).join('')}]`;
  });
  return new RegExp(parts.join('\\s*'), 'giu');
}

/** Each stretch of `text` that one of the patterns matches, in order, overlaps merged. */
export function matchRanges(text: string, patterns: readonly RegExp[]): Array<[start: number, end: number]> {
  const ranges: Array<[number, number]> = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(new RegExp(pattern.source, 'giu'))) {
      if (m[0].length) ranges.push([m.index, m.index + m[0].length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}
