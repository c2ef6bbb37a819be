import { describe, expect, test } from 'vitest';
import * as OpenCC from 'opencc-js';
import { convertHtml, convertName, convertText } from '../../src/lib/conversion/convert.ts';
import { overrides, surnames } from '../../src/lib/conversion/overrides.ts';
import { variantBySegment } from '../../src/lib/variants/variants.ts';
import { repairedSeed, simplifiedText } from '../support/seed.ts';

const hant = variantBySegment('zh-hant');
const hans = variantBySegment('zh-hans');

describe('the whole article in Simplified (golden)', () => {
  const traditional = repairedSeed.join('\n');
  const simplified = convertText(traditional, hant, hans);

  test('matches the reviewed golden text', () => {
    expect(simplified).toBe(simplifiedText);
  });

  test('contains nothing OpenCC would still convert, and mainland quotation marks', () => {
    const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
    expect(t2s(simplified)).toBe(simplified);
    expect(simplified).not.toMatch(/[「」『』]/);
    expect(simplified).toContain('“枫桥经验”');
  });
});

describe('overrides', () => {
  test.each(overrides.map((o) => [o.phrase, o] as const))(
    '%s takes its pinned form in every variant it names',
    (_phrase, o) => {
      const from = variantBySegment(o.from);
      for (const [segment, form] of Object.entries(o.to)) {
        expect(convertText(`持續${o.phrase}構建`, from, variantBySegment(segment))).toContain(form);
      }
    },
  );

  test('an override wins over OpenCC and is not re-segmented by its neighbours', () => {
    const table = [{ from: 'zh-hant' as const, phrase: '乾部', to: { 'zh-hans': '乾部' }, why: 'test' }];
    expect(convertText('社會工作乾部', hant, hans)).toBe('社会工作干部');
    expect(convertText('社會工作乾部', hant, hans, table)).toBe('社会工作乾部');
  });
});

describe('names', () => {
  // Each pair: the name in Simplified and in Traditional script.
  const names = [
    ['于洋', '于洋'],
    ['余华', '余華'],
    ['范冰冰', '范冰冰'],
    ['钟汉良', '鍾漢良'],
    ['冯小刚', '馮小剛'],
  ] as const;

  test.each(names)('%s is %s in Traditional, and back', (simplified, traditional) => {
    expect(convertName(simplified, hans, hant)).toBe(traditional);
    expect(convertName(traditional, hant, hans)).toBe(simplified);
  });

  test('phrase conversion alone gets the surnames wrong, which is why names have their own', () => {
    expect(convertText('于洋', hans, hant)).toBe('於洋');
    expect(convertText('余华', hans, hant)).toBe('餘華');
  });

  test.each(surnames.map((s) => [s.phrase, s] as const))('the surname %s takes its pinned form', (_surname, s) => {
    for (const [segment, form] of Object.entries(s.to)) {
      expect(convertName(`${s.phrase}明`, variantBySegment(s.from), variantBySegment(segment))).toBe(`${form}明`);
    }
  });
});

describe('HTML conversion', () => {
  test('converts text and readable attributes, never URLs, ids or code', () => {
    const html =
      '<p id="p1-會議"><a href="/會議/" title="鹽城會議">鹽城會議</a><img src="鹽.png" alt="會場"><code>會議</code><span aria-label="關於">於</span></p>';
    expect(convertHtml(html, hant, hans)).toBe(
      '<p id="p1-會議"><a href="/會議/" title="盐城会议">盐城会议</a><img src="鹽.png" alt="会场"><code>會議</code><span aria-label="关于">于</span></p>',
    );
  });

  test('quotation marks take the target script’s style; an apostrophe in Latin text stays', () => {
    expect(convertText('他說「紅色動能」和『新生力量』，China’s way', hant, hans)).toBe(
      '他说“红色动能”和‘新生力量’，China’s way',
    );
    expect(convertText('他说“红色动能”', hans, hant)).toBe('他說「紅色動能」');
  });

  test('is the identity for the source variant', () => {
    expect(convertHtml('<p>鹽城</p>', hant, hant)).toBe('<p>鹽城</p>');
  });
});
