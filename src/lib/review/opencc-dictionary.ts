/**
 * Reads opencc-js's preset dictionaries (`opencc-js/preset`), so the conversion review can list every spelling
 * OpenCC could give a character. Runs in Node only: at build time, in `astro dev` and in `npm run review`.
 *
 * It depends on the dictionary format of opencc-js 1.4.2, pinned by tests/unit/opencc-dictionary.test.ts:
 * - `from[locale]` and `to[locale]` are lists of groups, each group a list of dictionaries. `from` converts text of
 *   the locale into OpenCC's own Traditional spelling, `to` converts that into the locale.
 * - A dictionary is either a string `"key value|key value|…"` (entries separated by `|`, key and value by one
 *   space; neither holds a space or a `|`) or an array of `[key, value]` pairs. Every preset in 1.4.2 is a string.
 * - A key is one character or a phrase; a value is ONE spelling, never a list of candidates (OpenCC's own text
 *   dictionaries may list several; opencc-js ships only the first: 干 → 幹, not 幹 乾 干). The other spellings of
 *   a character are only found in the phrases it appears in (干部 → 幹部, 干杯 → 乾杯).
 * - `configs[name]` is what `Converter({ from, to })` runs for a pair of locales (name `s2tw`, `tw2s` …): text is first
 *   cut into segments by longest match against `segmentation` (the phrase dictionaries), then each segment goes
 *   through the `conversionChain`, one group after another, each group matched longest first.
 * This module splits entries the way opencc-js's `Trie.loadDict` does, so it reads what the converter reads.
 */
import { configs } from 'opencc-js/preset';
import type { DictGroup, DictLike } from 'opencc-js';
import type { Variant } from '../variants/variants.ts';

/** One dictionary entry: a character or phrase, and the spelling OpenCC gives it. */
export type DictionaryEntry = readonly [key: string, value: string];

/** Every entry of one opencc-js dictionary, in its order (for equal keys, OpenCC keeps the last). */
export function dictionaryEntries(dictionary: DictLike): DictionaryEntry[] {
  if (typeof dictionary !== 'string') return [...dictionary];
  return dictionary.split('|').map((entry) => {
    const [key, value] = entry.split(' ');
    if (!key || !value) throw new Error(`opencc-js dictionary entry "${entry}" is not "key value"`);
    return [key, value];
  });
}

/** What opencc-js's `Converter` runs from one locale to another: its segmentation and its chain of steps. */
export interface ConversionConfig {
  /** The phrase dictionaries that cut text into segments before conversion. */
  segmentation: DictGroup;
  /** The steps, each a group of dictionaries matched longest first. */
  chain: readonly DictGroup[];
  /** Which step changes script (the one holding the segmentation's phrases); the others change regional forms. */
  scriptStep: number;
}

/** The name opencc-js gives the configuration from one locale to another (as its `ConverterBuilder` does). */
function configName(from: string, to: string): string {
  if (from === 'cn') return `s2${to}`;
  if (to === 'cn') return from === 'hkp' ? 'hk2sp' : from === 'twp' ? 'tw2sp' : `${from}2s`;
  return `${from}2${to}`;
}

/** The configuration opencc-js's `Converter` uses between two variants' locales. */
export function conversionConfig(from: Variant, to: Variant): ConversionConfig {
  const config = configs[configName(from.openccLocale, to.openccLocale)];
  if (!config) throw new Error(`opencc-js has no configuration for ${from.openccLocale} → ${to.openccLocale}`);
  // The type says one dictionary; opencc-js 1.4.2 gives a group of them (its ConverterBuilder accepts both).
  const segmentation: DictGroup = Array.isArray(config.segmentation)
    ? (config.segmentation as DictGroup)
    : [config.segmentation as DictLike];
  const scriptStep = config.conversionChain.findIndex((group) => group.includes(segmentation[0]!));
  if (scriptStep < 0) throw new Error(`opencc-js ${from.openccLocale} → ${to.openccLocale}: no step holds its phrases`);
  return { segmentation, chain: config.conversionChain, scriptStep };
}

/** The entries of the two steps OpenCC takes from one locale to another: script, then regional forms, or back. */
export function conversionSteps(from: Variant, to: Variant): [DictionaryEntry[], DictionaryEntry[]] {
  // The review only needs which spellings a step can give, so the dictionaries of a step are read as one list.
  const [first, second, ...more] = conversionConfig(from, to).chain.map((group) => group.flatMap(dictionaryEntries));
  if (!first || !second || more.length) {
    throw new Error(`opencc-js ${from.openccLocale} → ${to.openccLocale} is not two steps; the review expects two`);
  }
  return [first, second];
}
