/**
 * Headline line breaks between phrases, never inside a word: BudouX finds the
 * phrases of a Chinese headline (its Simplified and Traditional models), then
 * they are mended where a reader would see a word cut: a number, a decimal, a
 * percentage, a Latin word or a 《…》 title stays whole and with the Han
 * characters on either side (a mark there would also switch off the browser's
 * spacing between Han and Latin, which the body has), no phrase is one Han
 * character alone (新浪, not 新 / 浪), punctuation never starts or ends a
 * line it should not, and white space ends a phrase. phrase-markup.ts turns the
 * phrases into HTML. Runs at build time.
 */
import { loadDefaultSimplifiedChineseParser, loadDefaultTraditionalChineseParser } from 'budoux';
import { phraseMarkup } from './phrase-markup.ts';
import { scriptOfTag } from '../variants/variants.ts';

const simplified = loadDefaultSimplifiedChineseParser();
const traditional = loadDefaultTraditionalChineseParser();

/** A number with its decimals, percentages and separators (45.80%, 1,200, 3:1), a Latin word (USB-C), or a 《…》 title. */
const UNBREAKABLE =
  /[\p{Nd}\p{Script=Latin}](?:[\p{Nd}\p{Script=Latin}.,:/%％'’+\-&·]*[\p{Nd}\p{Script=Latin}%％])?|《[^《》]*》|〈[^〈〉]*〉/gu;
/** A digit or Latin letter: never parted from a Han character or another such character beside it. */
const LATIN_OR_DIGIT = /[\p{Nd}\p{Script=Latin}]/u;
/** A character that belongs to a word: Han, a digit or a Latin letter. */
const WORD = /[\p{Script=Han}\p{Nd}\p{Script=Latin}]/u;
/** Punctuation a line may not start with. */
const CLOSING = /[，。、：；！？）」』》〉”’…—·%％,.:;!?)\]]/u;
/** Punctuation a line may not end with. */
const OPENING = /[（「『《〈“‘([]/u;
const HAN = /\p{Script=Han}/gu;

/** Longer than this, a phrase may break where Han meets a number or Latin word (松下MD10000GK / 現貨7300元). */
const LONG_PHRASE = 12;

/**
 * Whether a line may break at offset `at` of `text`, between the characters on either side; where Han meets a
 * number or a Latin word only when `long` (the phrase would otherwise be too long for a narrow line).
 */
function mayBreakAt(
  text: string,
  at: number,
  unbreakable: ReadonlyArray<readonly [number, number]>,
  long = false,
): boolean {
  const before = text[at - 1]!;
  const after = text[at]!;
  if (/\s/u.test(after)) return false;
  if (/\s/u.test(before)) return true;
  const latin = LATIN_OR_DIGIT.test(before) || LATIN_OR_DIGIT.test(after);
  if (
    WORD.test(before) &&
    WORD.test(after) &&
    latin &&
    !(long && LATIN_OR_DIGIT.test(before) !== LATIN_OR_DIGIT.test(after))
  )
    return false;
  if (CLOSING.test(after) || OPENING.test(before)) return false;
  return !unbreakable.some(([start, end]) => start < at && at < end);
}

/** Whether a phrase is a single Han character, with nothing but punctuation or white space beside it. */
const isLoneCharacter = (phrase: string) => (phrase.match(HAN)?.length ?? 0) === 1 && !LATIN_OR_DIGIT.test(phrase);
const endsInSpace = (phrase: string) => /\s$/u.test(phrase);

/** A headline's phrases in the script of `lang` (a BCP 47 tag such as zh-Hant): where its lines may break. */
export function phrasesOf(text: string, lang: string): string[] {
  const found = (scriptOfTag(lang) === 'Hans' ? simplified : traditional).parse(text);
  const unbreakable = [...text.matchAll(UNBREAKABLE)].map((m) => [m.index, m.index + m[0].length] as const);
  // Every place BudouX breaks that a reader would not see as cutting a word, and every place after white space.
  const ends: number[] = [];
  let at = 0;
  for (const phrase of found.slice(0, -1)) ends.push((at += phrase.length));
  const breaks = new Set(ends.filter((end) => mayBreakAt(text, end, unbreakable)));
  for (const space of text.matchAll(/\s+/gu)) {
    const end = space.index + space[0].length;
    if (end < text.length) breaks.add(end);
  }
  // A phrase too long for a narrow line breaks where BudouX broke it between Han and a number or Latin word.
  const sorted = () => [0, ...[...breaks].sort((a, b) => a - b), text.length];
  const stretches = sorted();
  for (const [i, end] of stretches.slice(1).entries()) {
    const start = stretches[i]!;
    if (end - start <= LONG_PHRASE) continue;
    for (const inside of ends)
      if (start < inside && inside < end && mayBreakAt(text, inside, unbreakable, true)) breaks.add(inside);
  }
  const cut = sorted();
  const phrases = cut.slice(1).map((end, i) => text.slice(cut[i], end));
  // A lone Han character joins the phrase after it (新 + 浪體育), or before it at the end of a clause or headline.
  const joined: string[] = [];
  let carried = '';
  for (const [i, phrase] of phrases.entries()) {
    const own = carried + phrase;
    carried = '';
    if (isLoneCharacter(own) && i + 1 < phrases.length && !endsInSpace(own)) carried = own;
    else if (isLoneCharacter(own) && joined.length > 0 && !endsInSpace(joined.at(-1)!))
      joined[joined.length - 1] += own;
    else joined.push(own);
  }
  return joined;
}

/** The offsets of a headline where a `<wbr>` goes: between its phrases, except beside white space (a break already). */
export function phraseBreaks(text: string, lang: string): number[] {
  const breaks: number[] = [];
  let at = 0;
  for (const phrase of phrasesOf(text, lang).slice(0, -1)) {
    at += phrase.length;
    if (!endsInSpace(phrase)) breaks.push(at);
  }
  return breaks;
}

/** A headline as HTML that breaks only between its phrases (phrase-markup.ts). */
export function phraseHtml(text: string, lang: string): string {
  return phraseMarkup(text, phraseBreaks(text, lang));
}
