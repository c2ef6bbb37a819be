import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { convertText } from '../../src/lib/conversion/convert.ts';
import {
  allVariants,
  labelOf,
  scriptOfTag,
  siteVariants,
  variants,
  type Variant,
  type VariantSegment,
} from '../../src/lib/variants/variants.ts';

describe('the variants table', () => {
  test('a variant’s segment is one of the table’s segments, never any string (checked by astro check)', () => {
    expectTypeOf<Variant['segment']>().toEqualTypeOf<VariantSegment>();
    expectTypeOf<VariantSegment>().not.toEqualTypeOf<string>();
    // @ts-expect-error a segment outside the table is not a variant's
    const unknown: Variant['segment'] = 'zh-xx';
    expect(variants.map((v) => v.segment)).not.toContain(unknown);
  });

  test.each([
    ['zh-Hant', 'Hant'],
    ['zh-TW', 'Hant'],
    ['zh-HK', 'Hant'],
    ['zh-MO', 'Hant'],
    ['zh-Hans', 'Hans'],
    ['zh-CN', 'Hans'],
    ['zh-SG', 'Hans'],
    ['zh', 'Hans'],
    ['zh-Hans-HK', 'Hans'],
    ['zh-Hant-CN', 'Hant'],
  ])('the script of %s is %s (read with Intl.Locale, not a pattern)', (tag, script) => {
    expect(scriptOfTag(tag)).toBe(script);
  });

  test('香港繁體’s interface strings are Taiwan’s through OpenCC (tw → hk), but for the two that name the variant', () => {
    const taiwan = allVariants.find((v) => v.segment === 'zh-hant')!;
    const hongKong = allVariants.find((v) => v.segment === 'zh-hk')!;
    const own = new Set(['siteDescription', 'switchTo']);
    /** Every string of an interface table but the variant's own, by its path. */
    const strings = (ui: object, at = ''): Array<[string, string]> =>
      Object.entries(ui).flatMap(([key, value]): Array<[string, string]> => {
        if (typeof value !== 'string') return strings(value as object, `${at}${key}.`);
        return own.has(`${at}${key}`) ? [] : [[`${at}${key}`, value]];
      });
    const expected = strings(taiwan.ui).map(([at, text]) => [at, convertText(text, taiwan, hongKong)]);
    expect(strings(hongKong.ui)).toEqual(expected);
    // The rows do differ, where Hong Kong writes otherwise (閲, 裏, 啓).
    const differ = expected.filter(([, text], i) => text !== strings(taiwan.ui)[i]![1]);
    expect(differ.length).toBeGreaterThan(4);
  });

  test('SITE_VARIANTS: the default two, a chosen set in the table’s order with distinct labels, or a loud refusal', () => {
    const labels = (site: readonly Variant[]) => site.map((v) => [v.segment, labelOf(v, site)]);
    expect(labels(siteVariants(undefined))).toEqual([
      ['zh-hant', '繁體'],
      ['zh-hans', '简体'],
    ]);
    expect(labels(siteVariants(' zh-hk, zh-hant ,zh-hans'))).toEqual([
      ['zh-hant', '繁體（台灣）'],
      ['zh-hans', '简体'],
      ['zh-hk', '繁體（香港）'],
    ]);
    expect(() => siteVariants('zh-hant,zh-mo')).toThrow(/unknown variant "zh-mo"/);
    expect(() => siteVariants('zh-hans,zh-hk')).toThrow(/must include zh-hant/);
  });
});

describe('no code or test names only two of the variants in a pattern', () => {
  // `zh-han[st]` or `hant|hans` would silently skip a third variant's pages (tests/support/pages.ts: ANY_SEGMENT).
  const twoVariantPattern = /han\[st\]|han\[ts\]|hant\|hans|hans\|hant/i;
  const files = ['src', 'tests', 'bench'].flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|astro|mjs)$/.test(name))
      .map((name) => path.join(folder, name)),
  );

  test('no module or test matches URL segments with a two-variant pattern', () => {
    const self = path.join('tests', 'unit', 'variants.test.ts');
    const offending = files.filter((file) => file !== self && twoVariantPattern.test(readFileSync(file, 'utf8')));
    expect(offending).toEqual([]);
  });
});
