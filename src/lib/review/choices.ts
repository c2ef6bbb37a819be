/**
 * The conversion choices of a text: every place in a derived variant where conversion had to choose between
 * spellings (干 → 幹 / 乾 / 干, 发 → 發 / 髮 …), with the form chosen, the other candidates, the sentence, and
 * what decided it. A choice is **open** when OpenCC gave the character its one-character default because no
 * phrase of its dictionary covered it: those are the ones an editor must read. The others were decided by a
 * dictionary phrase (头发 → 頭髮), by the override table, or differ only in a regional variant form (吃 / 喫).
 * Runs in Node only: at build time, in `astro dev` and in `npm run review`.
 */
import * as OpenCC from 'opencc-js';
import { convertText } from '../conversion/convert.ts';
import { overrides as overrideTable, type Override } from '../conversion/overrides.ts';
import type { Variant } from '../variants/variants.ts';
import { conversionConfig, dictionaryEntries } from './opencc-dictionary.ts';

/**
 * What decided a choice. open: OpenCC's one-character default, no phrase covered it; phrase: a phrase of OpenCC's
 * dictionary; variant-form: the script step gives one spelling, only the regional form differs (吃 / 喫);
 * pinned: a row of the override table.
 */
export type ChoiceStatus = 'open' | 'phrase' | 'variant-form' | 'pinned';

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
  status: ChoiceStatus;
  /** The phrase that decided it: OpenCC's dictionary phrase, in the source script, for status `phrase`. */
  phrase?: string;
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

/** What one OpenCC step can make of each character: its character table, and its spellings inside phrases. */
interface StepSpellings {
  byDefault: Map<string, string>;
  inPhrases: Map<string, Set<string>>;
}

/** Everything the review needs about one direction of conversion, read once per process. */
interface Direction {
  steps: StepSpellings[];
  scriptStep: number;
  /** Cuts text into segments as opencc-js's Converter does before converting. */
  segmenter: OpenCC.Trie;
  /** The steps before the script step (regional forms back to OpenCC's own, for Traditional sources). */
  before: OpenCC.Trie[];
  /** The script step's dictionaries, matched longest first as the converter matches them. */
  script: OpenCC.Trie;
  /** Per source character: every spelling, and whether the script step alone can give more than one. */
  candidates: Map<string, { all: string[]; byScript: boolean }>;
}

/** Reads one step's dictionaries: its character table and, position by position, its phrases. */
function stepSpellings(group: OpenCC.DictGroup): StepSpellings {
  const byDefault = new Map<string, string>();
  const inPhrases = new Map<string, Set<string>>();
  // For equal keys the first dictionary of a group wins (opencc-js loads a group in reverse).
  for (const [key, value] of [...group].reverse().flatMap(dictionaryEntries)) {
    const keyCharacters = [...key];
    const valueCharacters = [...value];
    // A phrase whose length changes cannot be lined up character by character.
    if (keyCharacters.length !== valueCharacters.length) continue;
    if (keyCharacters.length === 1) byDefault.set(key, value);
    else {
      keyCharacters.forEach((character, i) => {
        const known = inPhrases.get(character) ?? new Set<string>();
        known.add(valueCharacters[i]!);
        inPhrases.set(character, known);
      });
    }
  }
  return { byDefault, inPhrases };
}

function trieOf(group: OpenCC.DictGroup): OpenCC.Trie {
  const trie = new OpenCC.Trie();
  trie.loadDictGroup(group);
  return trie;
}

// Reading the dictionaries takes a while; each direction is read once per process.
const directions = new Map<string, Direction>();

function directionOf(from: Variant, to: Variant): Direction {
  const key = `${from.openccLocale}>${to.openccLocale}`;
  let direction = directions.get(key);
  if (!direction) {
    const { segmentation, chain, scriptStep } = conversionConfig(from, to);
    direction = {
      steps: chain.map(stepSpellings),
      scriptStep,
      segmenter: trieOf(segmentation),
      before: chain.slice(0, scriptStep).map(trieOf),
      script: trieOf(chain[scriptStep]!),
      candidates: new Map(),
    };
    directions.set(key, direction);
  }
  return direction;
}

/** The spellings `forms` can take through some steps: each step's default, and every spelling in its phrases. */
function spell(forms: Iterable<string>, steps: readonly StepSpellings[], phrasesToo: boolean): Set<string> {
  let current = new Set(forms);
  for (const step of steps) {
    const next = new Set<string>();
    for (const form of current) {
      next.add(step.byDefault.get(form) ?? form);
      if (phrasesToo) for (const spelling of step.inPhrases.get(form) ?? []) next.add(spelling);
    }
    current = next;
  }
  return current;
}

/** The spellings a source character can take, and whether the script step alone gives it more than one. */
function candidatesOf(character: string, direction: Direction): { all: string[]; byScript: boolean } {
  let known = direction.candidates.get(character);
  if (!known) {
    const { steps, scriptStep } = direction;
    const before = spell([character], steps.slice(0, scriptStep), false);
    const byScript = spell(spell(before, [steps[scriptStep]!], true), steps.slice(scriptStep + 1), false);
    known = { all: [...spell([character], steps, true)].sort(), byScript: byScript.size > 1 };
    direction.candidates.set(character, known);
  }
  return known;
}

/**
 * For each character of `text` (in characters, not UTF-16 units), the dictionary phrase of the script step that
 * converted it, or undefined when it was converted on its own: the segmentation and longest match opencc-js uses.
 */
function phrasesOf(text: string, direction: Direction): Array<string | undefined> {
  const phraseAt: Array<string | undefined> = [];
  for (const segment of direction.segmenter.segment(text)) {
    let input = segment;
    for (const trie of direction.before) input = trie.convert(input);
    // Regional forms are one character for one; if a step ever changed the length, say so rather than misplace.
    if (input.length !== segment.length) throw new Error(`OpenCC changed the length of "${segment}" before conversion`);
    for (let i = 0; i < input.length;) {
      const match = direction.script.matchPrefix(input, i);
      const end = match?.end ?? i + (input.codePointAt(i)! > 0xffff ? 2 : 1);
      const characters = [...segment.slice(i, end)];
      const phrase = characters.length > 1 ? characters.join('') : undefined;
      for (const _ of characters) phraseAt.push(phrase);
      i = end;
    }
  }
  return phraseAt;
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

// Pinned places are masked with a Private Use Area character, as convertText masks them, so no phrase spans them.
const MASK = '\ue000';

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
    const form = override.to[to.segment];
    if (override.from !== from.segment || form === undefined) continue;
    for (let index = text.indexOf(phrase); index >= 0; index = text.indexOf(phrase, index + 1)) {
      // Places count characters (code points), as the loop below does, not UTF-16 units.
      const at = [...text.slice(0, index)].length;
      const length = [...phrase].length;
      for (let i = at; i < at + length; i++) pinned.add(i);
      const sentence = sentenceAround(derivedCharacters, at, length);
      choices.push({
        at,
        source: phrase,
        chosen: form,
        candidates: [form],
        sentence,
        status: 'pinned',
        pinnedBy: phrase,
      });
    }
  }
  const direction = directionOf(from, to);
  const phraseAt = phrasesOf(sourceCharacters.map((c, at) => (pinned.has(at) ? MASK : c)).join(''), direction);
  sourceCharacters.forEach((character, at) => {
    if (pinned.has(at)) return;
    const { all: candidates, byScript } = candidatesOf(character, direction);
    if (candidates.length < 2) return;
    const phrase = phraseAt[at];
    const status: ChoiceStatus = !byScript ? 'variant-form' : phrase ? 'phrase' : 'open';
    choices.push({
      at,
      source: character,
      chosen: derivedCharacters[at]!,
      candidates,
      sentence: sentenceAround(derivedCharacters, at, 1),
      status,
      ...(status === 'phrase' ? { phrase: phrase! } : {}),
    });
  });
  return { derived, choices: choices.sort((a, b) => a.at - b.at) };
}
