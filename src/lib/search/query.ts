/**
 * Search queries in either script: parsing a query into terms, spelling them
 * in the page's script and finding them in text. The index holds every page in
 * its own script with each Han character a word (see index-text.ts); a query is
 * turned into exact phrases of characters in the page's script, using a folding
 * table built from the site's own text. Runs in the browser and in the tests.
 */

/** For one variant: each character of the site spelled otherwise in that variant's text → its spellings there. */
export type Folding = Record<string, string>;

const TOKEN = /\p{Script=Han}|[^\p{Script=Han}\p{P}\p{S}\p{Z}\p{C}]+/gu;
const MAX_TERMS = 8;
const MAX_SPELLINGS = 16;

/** A query's terms (separated by spaces) as index tokens: Han characters alone, other letters and digits in runs. */
export function queryTerms(query: string): string[][] {
  return query
    .normalize('NFC')
    .split(/\s+/u)
    .map((term) => term.match(TOKEN) ?? [])
    .filter((tokens) => tokens.length > 0)
    .slice(0, MAX_TERMS);
}

/** The spellings a token may have in a variant's text: a folded Han character's, else the token itself. */
function spellingsOf(token: string, folding: Folding): string[] {
  const folded = folding[token];
  return folded ? [...folded] : [token];
}

/** Every spelling of a term in a variant's text (each character through the folding table), at most 16. */
export function spellings(tokens: readonly string[], folding: Folding): string[][] {
  let result: string[][] = [[]];
  for (const token of tokens) {
    result = result.flatMap((prefix) => spellingsOf(token, folding).map((c) => [...prefix, c])).slice(0, MAX_SPELLINGS);
  }
  return result;
}

/** The Pagefind query for one spelling: an exact phrase of its tokens. */
export function phraseQuery(tokens: readonly string[]): string {
  return `"${tokens.join(' ')}"`;
}

/** Escapes text for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A pattern that finds a term in a variant's text, in any of its spellings. */
export function termPattern(tokens: readonly string[], folding: Folding): RegExp {
  const parts = tokens.map((token) => {
    const spelled = spellingsOf(token, folding);
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
