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
 * This module splits entries the way opencc-js's `Trie.loadDict` does, so it reads what the converter reads.
 */
import { from as fromDictionaries, to as toDictionaries } from 'opencc-js/preset';
import type { DictLike } from 'opencc-js';
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

/** The entries of OpenCC's two steps from one locale to another: out of `from`'s locale, then into `to`'s. */
export function conversionSteps(from: Variant, to: Variant): [DictionaryEntry[], DictionaryEntry[]] {
  const stepOut = fromDictionaries[from.openccLocale];
  const stepIn = toDictionaries[to.openccLocale];
  if (!stepOut || !stepIn) {
    throw new Error(`opencc-js has no dictionaries for ${from.openccLocale} → ${to.openccLocale}`);
  }
  // The review only needs which spellings a step can give, so the groups of a step are read as one list.
  return [stepOut.flat().flatMap(dictionaryEntries), stepIn.flat().flatMap(dictionaryEntries)];
}
