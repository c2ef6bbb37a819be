import { describe, expect, expectTypeOf, test } from 'vitest';
import { variants, type Variant, type VariantSegment } from '../../src/lib/variants/variants.ts';

describe('the variants table', () => {
  test('a variant’s segment is one of the table’s segments, never any string (checked by astro check)', () => {
    expectTypeOf<Variant['segment']>().toEqualTypeOf<VariantSegment>();
    expectTypeOf<VariantSegment>().not.toEqualTypeOf<string>();
    // @ts-expect-error a segment outside the table is not a variant's
    const unknown: Variant['segment'] = 'zh-xx';
    expect(variants.map((v) => v.segment)).not.toContain(unknown);
  });
});
