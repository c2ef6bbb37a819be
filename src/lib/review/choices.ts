/**
 * The conversion review: every place in a derived variant where conversion
 * had to choose between spellings (干 → 幹 / 乾 / 干, 发 → 發 / 髮 …), with the
 * form chosen, the other candidates and the sentence, and every place where
 * an override from the table decided instead.
 */
import { from as fromDictionaries, to as toDictionaries } from 'opencc-js/preset';
import type { DictGroup } from 'opencc-js';
import { convertText } from '../conversion/convert.ts';
import { overrides as overrideTable, type Override } from '../conversion/overrides.ts';
import type { Variant } from '../variants/variants.ts';

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

type Spellings = Map<string, Set<string>>;

function add(map: Spellings, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

/** Every character → spellings mapping one OpenCC step can make: its character table and, position by position, its phrases. */
function stepSpellings(groups: readonly DictGroup[]): { byDefault: Map<string, string>; alternatives: Spellings } {
  const byDefault = new Map<string, string>();
  const alternatives: Spellings = new Map();
  for (const dictionary of groups.flat()) {
    const entries = typeof dictionary === 'string' ? dictionary.split('|').map((e) => e.split(' ') as [string, string]) : dictionary;
    for (const [key, value] of entries) {
      const from = [...key];
      const to = [...value];
      if (from.length !== to.length) continue;
      if (from.length === 1) byDefault.set(key, value);
      else from.forEach((ch, i) => add(alternatives, ch, to[i]!));
    }
  }
  return { byDefault, alternatives };
}

const chainCache = new Map<string, Array<ReturnType<typeof stepSpellings>>>();

/** The spellings a source character can take, following OpenCC's chain from one variant to another. */
function candidatesOf(ch: string, from: Variant, to: Variant): string[] {
  const key = `${from.openccLocale}>${to.openccLocale}`;
  let chain = chainCache.get(key);
  if (!chain) {
    chain = [fromDictionaries[from.openccLocale]!, toDictionaries[to.openccLocale]!].map(stepSpellings);
    chainCache.set(key, chain);
  }
  let forms = new Set([ch]);
  for (const step of chain) {
    const next = new Set<string>();
    for (const form of forms) {
      next.add(step.byDefault.get(form) ?? form);
      for (const alternative of step.alternatives.get(form) ?? []) next.add(alternative);
    }
    forms = next;
  }
  return [...forms].sort();
}

const CONTEXT = 16;

/** The sentence around a place (in characters), cut to a few characters either side when it is long. */
function sentenceAround(characters: readonly string[], at: number, length: number): string {
  const isEnd = (ch: string | undefined) => ch !== undefined && '。！？\n'.includes(ch);
  let start = at;
  while (start > 0 && at - start < CONTEXT && !isEnd(characters[start - 1])) start--;
  let end = at + length;
  while (end < characters.length && end - at - length < CONTEXT && !isEnd(characters[end - 1])) end++;
  const cutBefore = start > 0 && !isEnd(characters[start - 1]);
  const cutAfter = end < characters.length && !isEnd(characters[end - 1]);
  return `${cutBefore ? '…' : ''}${characters.slice(start, end).join('').trim()}${cutAfter ? '…' : ''}`;
}

/** Every choice conversion made turning `text` (in `from`) into `to`, overrides included. */
export function conversionChoices(text: string, from: Variant, to: Variant, overrides: readonly Override[] = overrideTable): Choice[] {
  if (from.segment === to.segment) return [];
  const derived = convertText(text, from, to, overrides);
  const source = [...text];
  const result = [...derived];
  if (source.length !== result.length) throw new Error(`conversion changed the length of "${text.slice(0, 20)}…"; the review needs aligned text`);
  const choices: Choice[] = [];
  const pinned = new Set<number>();
  for (const override of overrides) {
    const form = override.to[to.segment as keyof typeof override.to];
    if (override.from !== from.segment || form === undefined) continue;
    for (let index = text.indexOf(override.phrase); index >= 0; index = text.indexOf(override.phrase, index + 1)) {
      // Places count characters (code points), as the loop below does, not UTF-16 units.
      const at = [...text.slice(0, index)].length;
      const length = [...override.phrase].length;
      for (let i = at; i < at + length; i++) pinned.add(i);
      choices.push({ at, source: override.phrase, chosen: form, candidates: [form], sentence: sentenceAround(result, at, length), pinnedBy: override.phrase });
    }
  }
  source.forEach((ch, at) => {
    if (pinned.has(at)) return;
    const candidates = candidatesOf(ch, from, to);
    if (candidates.length > 1) choices.push({ at, source: ch, chosen: result[at]!, candidates, sentence: sentenceAround(result, at, 1) });
  });
  return choices.sort((a, b) => a.at - b.at);
}

/** A run of derived text as the review page shows it. */
export interface ReviewSegment {
  text: string;
  /** same: unchanged; converted: changed with no choice; choice: a choice; pinned: decided by an override. */
  kind: 'same' | 'converted' | 'choice' | 'pinned';
  /** For choices and pins: the source and every candidate. */
  note?: string;
}

/** Cuts a derived text into runs to show: unchanged, converted, chosen, pinned. */
export function reviewSegments(source: string, derived: string, choices: readonly Choice[]): ReviewSegment[] {
  const from = [...source];
  const to = [...derived];
  const byPlace = new Map(choices.map((c) => [c.at, c]));
  const segments: ReviewSegment[] = [];
  for (let i = 0; i < to.length; ) {
    const choice = byPlace.get(i);
    if (choice) {
      const length = [...choice.source].length;
      segments.push({
        text: to.slice(i, i + length).join(''),
        kind: choice.pinnedBy ? 'pinned' : 'choice',
        note: choice.pinnedBy ? `${choice.source} → ${choice.chosen}（override table）` : `${choice.source} → ${choice.candidates.join(' / ')}`,
      });
      i += length;
      continue;
    }
    const kind = from[i] === to[i] ? 'same' : 'converted';
    const last = segments.at(-1);
    if (last?.kind === kind) last.text += to[i];
    else segments.push({ text: to[i]!, kind });
    i++;
  }
  return segments;
}
