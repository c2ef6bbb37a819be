import { describe, expect, test } from 'vitest';
import { bestForLanguages } from '../../src/components/script-chooser/language-match.ts';
import { sourceVariant, variants } from '../../src/lib/variants/variants.ts';

describe('choosing a variant from the browser languages', () => {
  test.each([
    [['zh-TW'], 'zh-hant'],
    [['zh-HK', 'en'], 'zh-hant'],
    [['zh-MO'], 'zh-hant'],
    [['zh-Hant'], 'zh-hant'],
    [['zh-Hant-CN'], 'zh-hant'],
    [['zh-CN'], 'zh-hans'],
    [['zh-SG'], 'zh-hans'],
    [['zh'], 'zh-hans'],
    [['zh-Hans-HK'], 'zh-hans'],
    [['en-US', 'zh-CN', 'zh-TW'], 'zh-hans'],
    [['en-US', 'fr'], 'zh-hant'],
    [[], 'zh-hant'],
  ])('%j → %s', (languages, segment) => {
    // As the root page decides: the best match, else the source variant.
    expect((bestForLanguages(languages, variants) ?? sourceVariant).segment).toBe(segment);
  });

  test('every variant has its own URL segment, tag and label', () => {
    for (const key of ['segment', 'lang', 'label'] as const) {
      expect(new Set(variants.map((v) => v[key])).size).toBe(variants.length);
    }
  });
});
