/**
 * The conversion choices of a text: every place in a derived variant where conversion had to choose between
 * spellings (干 → 幹 / 乾 / 干, 发 → 發 / 髮 …), with the form chosen, the other candidates and the sentence, and
 * every place where an override from the table decided instead. Runs in Node only: at build time, in `astro dev`
 * and in `npm run review`.
 */
import { convertText } from '../conversion/convert.ts';
import { overrides as overrideTable, type Override } from '../conversion/overrides.ts';
import type { Variant } from '../variants/variants.ts';
import { conversionSteps, type DictionaryEntry } from './opencc-dictionary.ts';

/** One place the reader of the derived text depends on a choice. */
export interface Choice {
  /** Where it starts, in characters from the start of the text. */
  at: number;
  /** The source text there: one character, or an overridden phrase. */
  source: string;
  /** What the derived text has there. */
  chosen: string;
  /** Every form conversion could have given, the chosen one included (one character each). */
  candidates: string[];
  /** The sentence around it, in the derived text. */
  sentence: string;
  /** The phrase of the override table that decided this place, if one did. */
  pinnedBy?: string;
}

/** A text converted once, with the choices that conversion made. */
export interface ConversionChoices {
  /** The text in the target variant, as convertText gives it. */
  derived: string;
  /** Every choice, in order of place. */
  choices: Choice[];
}

/** The spellings each character can take inside phrases. */
type PhraseSpellings = Map<string, Set<string>>;

/** What one OpenCC step can make of each character. */
interface StepSpellings {
  /** The character table: what the character becomes on its own. */
  byDefault: Map<string, string>;
  inPhrases: PhraseSpellings;
}

function addSpelling(spellings: PhraseSpellings, character: string, spelling: string): void {
  const known = spellings.get(character) ?? new Set<string>();
  known.add(spelling);
  spellings.set(character, known);
}

/** Reads one step's entries: its character table and, position by position, its phrases. */
function stepSpellings(entries: readonly DictionaryEntry[]): StepSpellings {
  const byDefault = new Map<string, string>();
  const inPhrases: PhraseSpellings = new Map();
  for (const [key, value] of entries) {
    const keyCharacters = [...key];
    const valueCharacters = [...value];
    // A phrase whose length changes cannot be lined up character by character.
    if (keyCharacters.length !== valueCharacters.length) continue;
    if (keyCharacters.length === 1) byDefault.set(key, value);
    else keyCharacters.forEach((character, i) => addSpelling(inPhrases, character, valueCharacters[i]!));
  }
  return { byDefault, inPhrases };
}

// Reading the dictionaries takes a while; each pair of locales is read once per process.
const stepsCache = new Map<string, StepSpellings[]>();

/** The spellings a source character can take, following OpenCC's steps from one variant to another. */
function candidatesOf(character: string, from: Variant, to: Variant): string[] {
  const key = `${from.openccLocale}>${to.openccLocale}`;
  let steps = stepsCache.get(key);
  if (!steps) {
    steps = conversionSteps(from, to).map(stepSpellings);
    stepsCache.set(key, steps);
  }
  let forms = new Set([character]);
  for (const step of steps) {
    const next = new Set<string>();
    for (const form of forms) {
      next.add(step.byDefault.get(form) ?? form);
      for (const spelling of step.inPhrases.get(form) ?? []) next.add(spelling);
    }
    forms = next;
  }
  return [...forms].sort();
}

/** How far a sentence shown for a choice reaches either side of it, in characters. */
const SENTENCE_CONTEXT_CHARACTERS = 16;

/** The sentence around a place (in characters), cut to a few characters either side when it is long. */
function sentenceAround(characters: readonly string[], at: number, length: number): string {
  const isEnd = (character: string | undefined) => character !== undefined && '。！？\n'.includes(character);
  let start = at;
  while (start > 0 && at - start < SENTENCE_CONTEXT_CHARACTERS && !isEnd(characters[start - 1])) start--;
  let end = at + length;
  while (end < characters.length && end - at - length < SENTENCE_CONTEXT_CHARACTERS && !isEnd(characters[end - 1])) {
    end++;
  }
  const cutBefore = start > 0 && !isEnd(characters[start - 1]);
  const cutAfter = end < characters.length && !isEnd(characters[end - 1]);
  return `${cutBefore ? '…' : ''}${characters.slice(start, end).join('').trim()}${cutAfter ? '…' : ''}`;
}

/** Converts `text` (in `from`) into `to`, overrides included, and lists every choice that conversion made. */
export function conversionChoices(
  text: string,
  from: Variant,
  to: Variant,
  overrides: readonly Override[] = overrideTable,
): ConversionChoices {
  const derived = convertText(text, from, to, overrides);
  if (from.segment === to.segment) return { derived, choices: [] };
  const sourceCharacters = [...text];
  const derivedCharacters = [...derived];
  if (sourceCharacters.length !== derivedCharacters.length) {
    throw new Error(`conversion changed the length of "${text.slice(0, 20)}…"; the review needs aligned text`);
  }
  const choices: Choice[] = [];
  const pinned = new Set<number>();
  for (const override of overrides) {
    const { phrase } = override;
    const form = override.to[to.segment as keyof typeof override.to];
    if (override.from !== from.segment || form === undefined) continue;
    for (let index = text.indexOf(phrase); index >= 0; index = text.indexOf(phrase, index + 1)) {
      // Places count characters (code points), as the loop below does, not UTF-16 units.
      const at = [...text.slice(0, index)].length;
      const length = [...phrase].length;
      for (let i = at; i < at + length; i++) pinned.add(i);
      const sentence = sentenceAround(derivedCharacters, at, length);
      choices.push({ at, source: phrase, chosen: form, candidates: [form], sentence, pinnedBy: phrase });
    }
  }
  sourceCharacters.forEach((character, at) => {
    if (pinned.has(at)) return;
    const candidates = candidatesOf(character, from, to);
    if (candidates.length > 1) {
      const sentence = sentenceAround(derivedCharacters, at, 1);
      const chosen = derivedCharacters[at]!;
      choices.push({ at, source: character, chosen, candidates, sentence });
    }
  });
  return { derived, choices: choices.sort((a, b) => a.at - b.at) };
}
