/**
 * What Pagefind is fed for an article, and how a query is put to it, so that
 * Pagefind's exact phrase search ("…" in quotes: the words looked up exactly, at
 * consecutive positions) is an exact substring search in either script.
 *
 * Pagefind splits its content at white space into pieces; each piece takes one
 * position and is indexed as its letters and digits, lower-cased; when a piece
 * holds ASCII punctuation, its parts are indexed at the same position too
 * ("發.发" is found as 發 and as 发). So every unit of the text (a Han character,
 * a run of letters and digits, a punctuation mark) is one piece:
 *
 * - a Han character, followed by every other character a reader may type for it
 *   in the variant (its folding, see folding.ts): 發.发 on a Traditional page;
 * - a punctuation mark, followed by its word: ǂ and a code in letters, the same
 *   for both widths (，/,), for 。 and ., and for every quotation mark;
 * - a run of letters and digits as its word: half-width, lower-case, a decimal
 *   point or thousands comma coded as above (PM2.5 → pm2ǂbu5); never with
 *   capitals or ASCII punctuation, which would make Pagefind index parts of it
 *   ("phone" in iPhone, "pm" in PM2.5). How each run is written, and the spaces
 *   beside it, go in the page's `latin` meta;
 * - each block (headline, paragraph) opens with a piece that has no letters:
 *   not indexed, it takes a position, so no phrase spans two blocks, and it
 *   carries the block's paragraph id (¶ and the digits as marks).
 *
 * The results page rebuilds the text from the pieces (`articleBlocks`): a
 * piece's first character, or the run from the `latin` meta.
 * Runs in the browser and at build time.
 */
import { isPunctuation, queryTerms, UNIT, indexedUnit, type Folding } from './query.ts';

/** A block of an article's text as a reader reads it, with its paragraph id when it has one. */
export interface TextBlock {
  id?: string;
  text: string;
}

/** The record language Pagefind is given: not zh, ja or th, so its indexer does not segment the pieces again. */
export const INDEX_LANGUAGE = 'zxx';

/** Opens a block; followed by the paragraph number in DIGIT_MARKS. */
const BLOCK = '¶';
/** The digits of a paragraph number as marks that are neither letters nor digits, so they are not indexed. */
const DIGIT_MARKS = '!#$%&()*+-=';
/** Opens the word of a punctuation mark, or of a mark inside a number: a letter (U+01C2) found in no news text. */
const CODED = 'ǂ';
/** Separates the entries of the `latin` meta. */
const LATIN_SEPARATOR = '\u001f';

const HAN = /^\p{Script=Han}$/u;

/** A character's code point in letters a–z: never digits, which Pagefind would split from letters. */
function letterCode(ch: string): string {
  let n = ch.codePointAt(0)!;
  let code = '';
  do {
    code = String.fromCharCode(97 + (n % 26)) + code;
    n = Math.floor(n / 26);
  } while (n > 0);
  return code;
}

/** The word Pagefind indexes and looks up for a unit of text (see the module comment). */
export function unitWord(unit: string): string {
  if (HAN.test(unit)) return unit;
  const folded = indexedUnit(unit);
  if (isPunctuation(unit)) return CODED + letterCode(folded);
  return folded.replace(/[^\p{L}\p{N}]/gu, (mark) => CODED + letterCode(mark));
}

/** Another character a reader may type for each character of a variant's text: the folding table turned round. */
export type Alternates = Map<string, string[]>;

/** For each character of a variant's text, the other characters that a query folds into it. */
export function alternatesOf(folding: Folding): Alternates {
  const alternates: Alternates = new Map();
  for (const [typed, spellings] of Object.entries(folding)) {
    for (const spelled of spellings) {
      if (spelled === typed) continue;
      alternates.set(spelled, [...(alternates.get(spelled) ?? []), typed]);
    }
  }
  return alternates;
}

/** What Pagefind is given for an article: its content, and the `latin` meta that restores its runs as written. */
export interface IndexedContent {
  content: string;
  latin: string;
}

/** The content and `latin` meta for an article's blocks, in a variant whose alternates are given. */
export function indexedContent(blocks: readonly TextBlock[], alternates: Alternates): IndexedContent {
  const pieces: string[] = [];
  const latin: string[] = [];
  for (const block of blocks) {
    const number = /^p(\d+)$/.exec(block.id ?? '')?.[1] ?? '';
    pieces.push(BLOCK + [...number].map((digit) => DIGIT_MARKS[Number(digit)]).join(''));
    for (const match of block.text.matchAll(UNIT)) {
      const unit = match[0];
      if (HAN.test(unit)) pieces.push([unit, ...(alternates.get(unit) ?? [])].join('.'));
      else if (isPunctuation(unit)) pieces.push(`${unit}.${unitWord(unit)}`);
      else {
        pieces.push(unitWord(unit));
        const before = /\s$/u.test(block.text.slice(0, match.index)) ? ' ' : '';
        const after = /^\s/u.test(block.text.slice(match.index + unit.length)) ? ' ' : '';
        latin.push(before + unit + after);
      }
    }
  }
  return { content: pieces.join(' '), latin: latin.join(LATIN_SEPARATOR) };
}

/** An article's blocks rebuilt from the content and `latin` meta Pagefind returns for it. */
export function articleBlocks(content: string, latin = ''): TextBlock[] {
  const runs = latin ? latin.split(LATIN_SEPARATOR) : [];
  const blocks: TextBlock[] = [];
  let next = 0;
  for (const piece of content.split(' ')) {
    if (piece.startsWith(BLOCK)) {
      const number = [...piece.slice(1)].map((mark) => DIGIT_MARKS.indexOf(mark)).join('');
      blocks.push(number ? { id: `p${number}`, text: '' } : { text: '' });
      continue;
    }
    const block = blocks.at(-1);
    if (!block || !piece) continue;
    const first = String.fromCodePoint(piece.codePointAt(0)!);
    const text = HAN.test(first) || piece.includes('.') ? first : (runs[next++] ?? piece);
    // A run's spaces, written on both sides of it, collapse to one, as a reader sees them.
    block.text += block.text.endsWith(' ') && text.startsWith(' ') ? text.slice(1) : text;
  }
  return blocks.map((block) => ({ ...block, text: block.text.trim() }));
}

/** Each term of a query as a Pagefind phrase: its units' words, in quotes. */
export function phraseQueries(query: string): string[] {
  return queryTerms(query).map((units) => `"${units.map(unitWord).join(' ')}"`);
}
