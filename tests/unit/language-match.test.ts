import { describe, expect, test } from 'vitest';
import { bestForLanguages } from '../../src/components/script-chooser/language-match.ts';
import { labelOf, siteVariants, sourceVariant, variants } from '../../src/lib/variants/variants.ts';

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

  const three = siteVariants('zh-hant,zh-hans,zh-hk');
  test.each([
    [['zh-HK'], 'zh-hk'],
    [['zh-MO'], 'zh-hk'],
    [['zh-Hant-HK'], 'zh-hk'],
    [['zh-HK', 'zh-TW'], 'zh-hk'],
    [['zh-TW'], 'zh-hant'],
    [['zh-Hant'], 'zh-hant'],
    [['zh-Hant-TW'], 'zh-hant'],
    [['zh-CN'], 'zh-hans'],
    [['zh'], 'zh-hans'],
    [['zh-Hans-HK'], 'zh-hans'],
    [['en'], 'zh-hant'],
    [['en-GB', 'zh-HK'], 'zh-hk'],
  ])('with 香港繁體 on, %j → %s', (languages, segment) => {
    expect((bestForLanguages(languages, three) ?? three[0]!).segment).toBe(segment);
  });

  test('every variant has its own URL segment, tag and label', () => {
    for (const key of ['segment', 'lang', 'label'] as const) {
      for (const site of [variants, three]) {
        const values = site.map((v) => (key === 'label' ? labelOf(v, site) : v[key]));
        expect(new Set(values).size).toBe(site.length);
      }
    }
  });
});
