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
 * - a Han character, followed by every character a query may hold for it that
 *   folds into more than one spelling in the variant (folding.ts): 發.发 on a
 *   Traditional page, since 发 is 發 or 髮 there. A query's characters are first
 *   spelled in the page's script where that is unambiguous (发展 → 發展 on a
 *   Traditional page, 後來 → 后来 on a Simplified one), so few pieces need more;
 * - a punctuation mark as its word: ǂ and a code in letters, the same for both
 *   widths (，/,), for 。 and ., and for every quotation mark; then the mark's
 *   own code point in ASCII marks, which Pagefind drops from the word;
 * - a run of letters and digits as its word: half-width, lower-case, a decimal
 *   point or thousands comma coded as above (PM2.5 → pm2ǂbu5); never with
 *   capitals or ASCII punctuation, which would make Pagefind index parts of it
 *   ("phone" in iPhone, "pm" in PM2.5). How each run is written, and the spaces
 *   beside it, go in the page's `latin` meta;
 * - each block (headline, paragraph) opens with a piece of ASCII marks: not
 *   indexed, it takes a position, so no phrase spans two blocks, and it carries
 *   the block's paragraph number;
 * - the headline comes first, padded with pieces that are not indexed to
 *   HEADLINE_POSITIONS, so that a match at a position below it is a match in the
 *   headline, known from Pagefind's result without fetching the page.
 *
 * Each piece but a Han character with others takes one word at its position.
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
/**
 * Digits as ASCII marks: Pagefind indexes neither them nor any part of a word they end (it splits a word
 * into parts at ASCII punctuation only when the parts are not the word itself).
 */
const DIGIT_MARKS = '!#$%&()*+-';
/** Opens the word of a punctuation mark, or of a mark inside a number: a letter (U+01C2) found in no news text. */
const CODED = 'ǂ';
/** Pads the headline: a piece that is not indexed (no letter or digit) and is no text. */
const PADDING = '~';
/** The positions the headline and its padding take at the start of the content: more than any headline's units. */
export const HEADLINE_POSITIONS = 128;
/** Separates the entries of the `latin` meta. */
const LATIN_SEPARATOR = '\u001f';

const HAN = /^\p{Script=Han}$/u;
/** The marks that end a punctuation mark's piece: its own code point, in DIGIT_MARKS. */
const TRAILING_MARKS = /[^\p{L}\p{N}]+$/u;

/** The first character of a piece. */
const firstOf = (piece: string) => String.fromCodePoint(piece.codePointAt(0)!);

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

/** A number in DIGIT_MARKS, and back. */
const inMarks = (n: number) => [...String(n)].map((digit) => DIGIT_MARKS[Number(digit)]).join('');
const fromMarks = (marks: string) => Number([...marks].map((mark) => DIGIT_MARKS.indexOf(mark)).join(''));

/** The word Pagefind indexes for a unit of text (see the module comment); a Han character is itself. */
export function unitWord(unit: string): string {
  if (HAN.test(unit)) return unit;
  const folded = indexedUnit(unit);
  if (isPunctuation(unit)) return CODED + letterCode(folded);
  return folded.replace(/[^\p{L}\p{N}]/gu, (mark) => CODED + letterCode(mark));
}

/** The word a query looks up for a unit: a Han character in the page's script where it has one spelling there. */
function queryWord(unit: string, folding: Folding): string {
  const spellings = HAN.test(unit) ? [...(folding[unit] ?? unit)] : [];
  return spellings.length === 1 ? spellings[0]! : unitWord(unit);
}

/** For each character of a variant's text, the characters a query may hold for it that have other spellings too. */
export type Alternates = Map<string, string[]>;

/** The alternates of a variant's characters, from its folding table. */
export function alternatesOf(folding: Folding): Alternates {
  const alternates: Alternates = new Map();
  for (const [typed, spellings] of Object.entries(folding)) {
    if ([...spellings].length < 2) continue;
    for (const spelled of spellings) {
      if (spelled !== typed) alternates.set(spelled, [...(alternates.get(spelled) ?? []), typed]);
    }
  }
  return alternates;
}

/** What Pagefind is given for an article: its content, and the `latin` meta that restores its runs as written. */
export interface IndexedContent {
  content: string;
  latin: string;
}

/** The content and `latin` meta for an article: its headline, then its blocks (the headline's among them left out). */
export function indexedContent(title: string, blocks: readonly TextBlock[], alternates: Alternates): IndexedContent {
  const pieces: string[] = [];
  const latin: string[] = [];
  const add = (block: TextBlock) => {
    const number = /^p(\d+)$/.exec(block.id ?? '')?.[1];
    pieces.push(BLOCK + (number ? inMarks(Number(number)) : ''));
    for (const match of block.text.matchAll(UNIT)) {
      const unit = match[0];
      if (HAN.test(unit)) pieces.push([unit, ...(alternates.get(unit) ?? [])].join('.'));
      else if (isPunctuation(unit)) pieces.push(unitWord(unit) + inMarks(unit.codePointAt(0)!));
      else {
        pieces.push(unitWord(unit));
        const before = /\s$/u.test(block.text.slice(0, match.index)) ? ' ' : '';
        const after = /^\s/u.test(block.text.slice(match.index + unit.length)) ? ' ' : '';
        latin.push(before + unit + after);
      }
    }
  };
  add({ text: title });
  while (pieces.length < HEADLINE_POSITIONS) pieces.push(PADDING);
  const headline = blocks.findIndex((block) => block.text === title);
  blocks.forEach((block, i) => i !== headline && add(block));
  return { content: pieces.join(' '), latin: latin.join(LATIN_SEPARATOR) };
}

/** Whether a match at these word positions (a Pagefind result's `words`) is in the headline. */
export function inHeadline(positions: readonly number[]): boolean {
  return positions.some((position) => position < HEADLINE_POSITIONS);
}

/** An article's blocks rebuilt from the content and `latin` meta Pagefind returns for it. */
export function articleBlocks(content: string, latin = ''): TextBlock[] {
  const runs = latin ? latin.split(LATIN_SEPARATOR) : [];
  const blocks: TextBlock[] = [];
  let next = 0;
  for (const piece of content.split(' ')) {
    if (piece.startsWith(BLOCK)) {
      const number = piece.slice(BLOCK.length);
      blocks.push(number ? { id: `p${fromMarks(number)}`, text: '' } : { text: '' });
      continue;
    }
    const block = blocks.at(-1);
    if (!block || !piece || piece === PADDING) continue;
    const first = firstOf(piece);
    const marks = TRAILING_MARKS.exec(piece)?.[0];
    const text = HAN.test(first) ? first : marks ? String.fromCodePoint(fromMarks(marks)) : (runs[next++] ?? piece);
    // A run's spaces, written on both sides of it, collapse to one, as a reader sees them.
    block.text += block.text.endsWith(' ') && text.startsWith(' ') ? text.slice(1) : text;
  }
  return blocks.map((block) => ({ ...block, text: block.text.trim() })).filter((block) => block.text);
}

/** Each term of a query as the words Pagefind looks up on a variant's pages (its folding table given). */
export function queryPhrases(query: string, folding: Folding): string[][] {
  return queryTerms(query).map((units) => units.map((unit) => queryWord(unit, folding)));
}

/** Words as a Pagefind phrase: in quotes, so that each is looked up exactly, at consecutive positions. */
export function phraseSearch(words: readonly string[]): string {
  return `"${words.join(' ')}"`;
}

/** A word as Pagefind compares it: lower-case, without diacritics (café is cafe). */
const compared = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words Pagefind indexed for a piece of content: none for block openings and padding. */
function piecesWords(piece: string): string[] {
  if (piece.startsWith(BLOCK) || piece === PADDING) return [];
  if (HAN.test(firstOf(piece))) return piece.split('.');
  return [compared(piece.replace(TRAILING_MARKS, ''))];
}

/**
 * The first word position at which a page's content (as Pagefind returns it) holds the phrase, as Pagefind's
 * phrase search finds it: each word at consecutive positions; -1 where it does not.
 */
export function phrasePosition(content: string, words: readonly string[]): number {
  const pieces = content.split(' ').map(piecesWords);
  const wanted = words.map((word) => (HAN.test(word) ? word : compared(word)));
  for (let start = 0; start + wanted.length <= pieces.length; start++) {
    if (wanted.every((word, i) => pieces[start + i]!.includes(word))) return start;
  }
  return -1;
}
