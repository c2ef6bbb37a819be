import { describe, expect, expectTypeOf, test } from 'vitest';
import {
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

  test('SITE_VARIANTS: the default two, a chosen set in the table’s order with distinct labels, or a loud refusal', () => {
    expect(siteVariants(undefined).map((v) => [v.segment, v.label])).toEqual([
      ['zh-hant', '繁體'],
      ['zh-hans', '简体'],
    ]);
    expect(siteVariants(' zh-hk, zh-hant ,zh-hans').map((v) => [v.segment, v.label])).toEqual([
      ['zh-hant', '繁體（台灣）'],
      ['zh-hans', '简体'],
      ['zh-hk', '繁體（香港）'],
    ]);
    expect(() => siteVariants('zh-hant,zh-mo')).toThrow(/unknown variant "zh-mo"/);
    expect(() => siteVariants('zh-hans,zh-hk')).toThrow(/must include zh-hant/);
  });
});
