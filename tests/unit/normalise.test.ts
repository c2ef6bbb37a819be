import { describe, expect, test } from 'vitest';
import {
  applyErrata,
  fullWidthPunctuation,
  normaliseSource,
  refuseGarbled,
  stripPinyin,
} from '../../src/lib/sources/normalise.ts';
import { entry, errata, seed, SEED } from '../support/seed.ts';

describe('the seed is kept verbatim', () => {
  test('5,436 bytes, 10 lines, no final newline', () => {
    expect(Buffer.byteLength(seed)).toBe(5436);
    expect(seed.split('\n')).toHaveLength(10);
    expect(seed.endsWith('\n')).toBe(false);
  });
});

describe('pinyin annotations', () => {
  test('all 250 are stripped, on 63 characters, and nothing else in parentheses is', () => {
    const annotated = [...seed.matchAll(/(\p{Script=Han})\((\p{Script=Latin}+)\)/gu)];
    expect(new Set(annotated.map((m) => m[1])).size).toBe(63);
    const { text, removed } = stripPinyin(seed);
    expect(removed).toBe(250);
    // What is left in parentheses: the two real ones. The garbled span lost its "(" to the broken encoding.
    expect(text.match(/\([^)]*\)/g)).toEqual(['(黨組)', '(市、區)']);
    expect(text).toContain('轉變?yōu)橥苿?dòng)');
    expect(text).not.toMatch(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
  });

  test('ordinary parentheses are not annotations', () => {
    expect(stripPinyin('各級黨委(黨組)要').text).toBe('各級黨委(黨組)要');
    expect(stripPinyin('電話(tel)').text).toBe('電話(tel)');
    expect(stripPinyin('當(dāng)前').text).toBe('當前');
  });
});

describe('errata', () => {
  test('every entry applies exactly as often as it says', () => {
    const stripped = stripPinyin(seed).text;
    for (const erratum of errata) {
      expect(stripped.split(erratum.wrong).length - 1, erratum.wrong).toBe(erratum.count);
    }
    const repaired = applyErrata(stripped, errata, SEED);
    for (const erratum of errata) expect(repaired, erratum.wrong).not.toContain(erratum.wrong);
  });

  test('20 wrong Traditional characters and one garbled span are corrected', () => {
    const oneToMany = errata.filter((e) => !e.wrong.includes('?'));
    const characters = oneToMany.reduce(
      (n, e) => n + [...e.wrong].filter((c, i) => c !== [...e.right][i]).length * e.count,
      0,
    );
    expect(characters).toBe(20);
    expect(errata.filter((e) => e.wrong.includes('?'))).toHaveLength(1);
  });

  test('an erratum whose context has changed fails with the file', () => {
    expect(() =>
      applyErrata('干字當頭', [{ wrong: '干字當頭', right: '幹字當頭', count: 2, why: '' }], 'x.txt'),
    ).toThrow(/^x\.txt:1:1: .*expected 2 time\(s\), found 1/);
  });
});

describe('garbled text', () => {
  test('the seed without its errata is refused at the garbled span, with file, line and column', () => {
    const stripped = stripPinyin(seed).text;
    expect(() => refuseGarbled(stripped, SEED)).toThrow(
      /^content\/sources\/000_6a5a7bedd0d49b4d\.txt:6:\d+: garbled text/,
    );
  });

  test('a question mark in Latin text is not garbling', () => {
    expect(() => refuseGarbled('Why? Because.', 'x')).not.toThrow();
    expect(() => refuseGarbled('中文?中文', 'x')).toThrow(/^x:1:3:/);
  });
});

describe('punctuation', () => {
  test('ASCII commas and parentheses in Chinese text become full width; quotes become 「」', () => {
    expect(fullWidthPunctuation('各縣(市、區),鹽城“楓橋經驗”')).toBe('各縣（市、區），鹽城「楓橋經驗」');
    expect(fullWidthPunctuation('1,000 (tel)')).toBe('1,000 (tel)');
  });
});

describe('the article entry', () => {
  const repaired = normaliseSource(seed, errata, SEED).split('\n');

  test('headline block is the seed’s first three lines, repaired', () => {
    expect([entry.frontmatter['kicker'], entry.frontmatter['title'], entry.frontmatter['subtitle']]).toEqual(
      repaired.slice(0, 3),
    );
  });

  test('body is the seed’s seven paragraphs, repaired, and nothing else', () => {
    expect(entry.body.trim().split('\n\n')).toEqual(repaired.slice(3));
    expect(repaired.slice(3)).toHaveLength(7);
  });

  test('differs from the stripped seed only by errata and punctuation', () => {
    // Undo each documented step on the entry; what is left must be the stripped seed.
    let undone = [
      entry.frontmatter['kicker'],
      entry.frontmatter['title'],
      entry.frontmatter['subtitle'],
      entry.body.trim().replaceAll('\n\n', '\n'),
    ].join('\n');
    undone = undone.replace(/，/g, ',').replace(/（/g, '(').replace(/）/g, ')').replace(/「/g, '“').replace(/」/g, '”');
    for (const erratum of errata) undone = undone.replaceAll(erratum.right, erratum.wrong);
    expect(undone).toBe(stripPinyin(seed).text);
  });
});
