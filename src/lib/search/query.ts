/**
 * Search queries in either script: parsing a query into terms, spelling them
 * in the page's script and finding them in text. The index holds every page in
 * its own script with each Han character a word (see index-text.ts); a query is
 * turned into exact phrases of characters in the page's script, using a folding
 * table built from the site's own text. Punctuation inside a query matches
 * that mark or its other width (，/,); any quotation mark matches any other.
 * Chinese punctuation is indexed as words (Pagefind's `includeCharacters`), so
 * it is part of the exact phrase; other marks (- / %) are not, and the phrase
 * is cut there, its parts found apart and the page's text checked. Runs in the
 * browser, at build time (the indexed marks) and in the tests.
 */

/** For one variant: each character of the site spelled otherwise in that variant's text → its spellings there. */
export type Folding = Record<string, string>;

/**
 * A Han character, a run of other letters and digits (with the decimal point or thousands comma inside a
 * number, as Pagefind keeps them: PM2.5, 1,000), or one punctuation mark or symbol.
 */
const UNIT = /\p{Script=Han}|[^\p{Script=Han}\p{P}\p{S}\p{Z}\p{C}]+(?:[.,]\p{N}+)*|[\p{P}\p{S}]/gu;
/** The punctuation indexed as words: Chinese text's own marks, full width. */
export const INDEXED_PUNCTUATION = '，。、；：？！「」『』（）《》〈〉【】〔〕“”‘’…—·';
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

/** Whether a unit of a term is punctuation (or a symbol), which the index leaves out. */
export function isPunctuation(unit: string): boolean {
  return PUNCTUATION.test(unit);
}

/** How a unit may be spelled in a variant's index: Han through the folding table, a mark as its indexed twins. */
function indexSpellings(unit: string, folding: Folding): string[] {
  return isPunctuation(unit)
    ? punctuationTwins(unit).filter((mark) => INDEXED_PUNCTUATION.includes(mark))
    : spellingsOf(unit, folding);
}

/**
 * A term as exact phrases for the index: each phrase a run of its units, each unit as its possible
 * spellings. A mark the index leaves out (- / %) ends a phrase.
 */
export function indexPhrases(units: readonly string[], folding: Folding): string[][][] {
  const phrases: string[][][] = [[]];
  for (const unit of units) {
    const spelled = indexSpellings(unit, folding);
    if (spelled.length) phrases.at(-1)!.push(spelled);
    else phrases.push([]);
  }
  return phrases.filter((phrase) => phrase.length > 0);
}

/** Whether the index alone decides a term: every unit of it is indexed (no mark such as - / % inside). */
export function indexedWhole(units: readonly string[], folding: Folding): boolean {
  return units.every((unit) => indexSpellings(unit, folding).length > 0);
}

/** The spellings a token may have in a variant's text: a folded Han character's, else the token itself. */
export function spellingsOf(token: string, folding: Folding): string[] {
  const folded = folding[token];
  return folded ? [...folded] : [token];
}

/** The Pagefind query for one spelling: an exact phrase of its tokens. */
export function phraseQuery(tokens: readonly string[]): string {
  return `"${tokens.join(' ')}"`;
}

/** Escapes text for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A punctuation mark and its twins: the other width (，/,), or every quotation mark for a quotation mark. */
function punctuationTwins(mark: string): string[] {
  if (QUOTES.includes(mark)) return [...QUOTES];
  const code = mark.codePointAt(0)!;
  if (code >= 0xff01 && code <= 0xff5e) return [mark, String.fromCodePoint(code - 0xfee0)];
  if (code >= 0x21 && code <= 0x7e) return [mark, String.fromCodePoint(code + 0xfee0)];
  return [mark];
}

/** A pattern that finds a term in a variant's text, in any of its spellings, punctuation in either width. */
export function termPattern(units: readonly string[], folding: Folding): RegExp {
  const parts = units.map((unit) => {
    const spelled = isPunctuation(unit) ? punctuationTwins(unit) : spellingsOf(unit, folding);
    return spelled.length === 1 ? escapeRegExp(spelled[0]!) : `[${spelled.map(escapeRegExp).join('')}]`;
  });
  return new RegExp(parts.join('[\\s\\u200b]*'), 'giu');
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
