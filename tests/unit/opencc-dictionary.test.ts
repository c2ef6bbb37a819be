// Pins the dictionary format of opencc-js 1.4.2 that src/lib/review/opencc-dictionary.ts reads: if an upgrade
// changes it, these fail before the conversion review silently lists the wrong candidates.
import { describe, expect, test } from 'vitest';
import { from, to } from 'opencc-js/preset';
import type { DictLike } from 'opencc-js';
import { conversionSteps, dictionaryEntries, type DictionaryEntry } from '../../src/lib/review/opencc-dictionary.ts';
import { variantBySegment } from '../../src/lib/variants/variants.ts';

const hant = variantBySegment('zh-hant');
const hans = variantBySegment('zh-hans');
const valuesOf = (entries: readonly DictionaryEntry[], key: string) =>
  entries.filter(([entryKey]) => entryKey === key).map(([, value]) => value);

describe('the installed opencc-js preset dictionaries', () => {
  const dictionaries = new Map<string, DictLike>();
  for (const [side, locales] of Object.entries({ from, to })) {
    for (const [locale, groups] of Object.entries(locales)) {
      groups.forEach((group, g) => {
        group.forEach((dictionary, d) => dictionaries.set(`${side}.${locale}[${g}][${d}]`, dictionary));
      });
    }
  }

  test('are there, for every locale the site converts between', () => {
    for (const locale of [hant.openccLocale, hans.openccLocale]) {
      expect(from[locale]?.length).toBeGreaterThan(0);
      expect(to[locale]?.length).toBeGreaterThan(0);
    }
  });

  test.each([...dictionaries])('%s: every entry is a non-empty key and one value', (_, dictionary) => {
    const entries = dictionaryEntries(dictionary);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter(([key, value]) => !key || !value || /[ |]/.test(key + value))).toEqual([]);
    // Read back, the entries are the whole dictionary: no part of an entry (a second candidate) was left unread.
    if (typeof dictionary === 'string') expect(entries.map((entry) => entry.join(' ')).join('|')).toBe(dictionary);
  });
});

describe('the steps from Simplified to Traditional (Taiwan)', () => {
  const [outOfSimplified, intoTaiwan] = conversionSteps(hans, hant);

  test('give a character one spelling, and the others only in phrases', () => {
    expect(valuesOf(outOfSimplified, '干')).toEqual(['幹']);
    expect(valuesOf(outOfSimplified, '干部')).toEqual(['幹部']);
    expect(valuesOf(outOfSimplified, '干杯')).toEqual(['乾杯']);
    expect(valuesOf(outOfSimplified, '头发')).toEqual(['頭髮']);
  });

  test('then turn OpenCC’s Traditional into Taiwan’s', () => {
    expect(valuesOf(intoTaiwan, '裏')).toEqual(['裡']);
    expect(valuesOf(intoTaiwan, '爲')).toEqual(['為']);
  });
});

test('the steps from Traditional (Taiwan) to Simplified lead 乾 and 幹 both to 干', () => {
  const [, intoSimplified] = conversionSteps(hant, hans);
  expect(valuesOf(intoSimplified, '乾')).toEqual(['干']);
  expect(valuesOf(intoSimplified, '幹')).toEqual(['干']);
  expect(valuesOf(intoSimplified, '乾隆')).toEqual(['乾隆']);
});

test('a dictionary given as [key, value] pairs is read as it is', () => {
  expect(dictionaryEntries([['干', '幹']])).toEqual([['干', '幹']]);
  expect(() => dictionaryEntries('干 幹|干')).toThrow(/"干" is not "key value"/);
});
