import { describe, expect, test } from 'vitest';
import { convertText } from '../../src/lib/conversion/convert.ts';
import { articleReadings, readableText } from '../../src/lib/readings/article-readings.ts';
import { bopomofo } from '../../src/lib/readings/bopomofo.ts';
import { hanCharacters } from '../../src/lib/readings/han.ts';
import { readingOverrides } from '../../src/lib/readings/overrides.ts';
import { nameReadingsOf, readingsOf } from '../../src/lib/readings/readings.ts';
import { variantBySegment } from '../../src/lib/variants/variants.ts';
import { errata, repairedSeed, seed, simplifiedSeed } from '../support/seed.ts';
import { polyphones } from './readings/polyphones.ts';

const hant = variantBySegment('zh-hant');
const hans = variantBySegment('zh-hans');

// The seed's annotations, as the importer's matcher finds them: a Han character, then (pinyin with a tone mark).
const ANNOTATION = /(\p{Script=Han})\(((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,6})\)/gu;
// Added character by character, three annotations are wrong in context.
const WRONG_IN_CONTEXT = [
  { phrase: '會計', at: 0, annotated: 'huì', right: 'kuài' },
  { phrase: '回應', at: 1, annotated: 'yīng', right: 'yìng' },
  { phrase: '協調', at: 1, annotated: 'diào', right: 'tiáo' },
];

interface Annotation {
  line: number;
  /** Index among the Han characters of the repaired line. */
  han: number;
  character: string;
  reading: string;
  context: string;
}

/** Every annotation of the seed, placed among the Han characters of the repaired line it belongs to. */
function seedAnnotations(): Annotation[] {
  return seed.split('\n').flatMap((raw, line) => {
    const found: Annotation[] = [];
    let stripped = '';
    let last = 0;
    for (const m of raw.matchAll(ANNOTATION)) {
      stripped += raw.slice(last, m.index) + m[1];
      last = m.index + m[0].length;
      found.push({ line, han: hanCharacters(stripped).length - 1, character: m[1]!, reading: m[2]!, context: '' });
    }
    stripped += raw.slice(last);
    // An erratum may change the count of Han characters (the garbled 轉變?yōu)橥苿?dòng)): later ones move.
    for (const { wrong, right } of errata) {
      let from = 0;
      for (let at = stripped.indexOf(wrong); at >= 0; at = stripped.indexOf(wrong, from)) {
        const before = hanCharacters(stripped.slice(0, at + wrong.length)).length;
        const shift = hanCharacters(right).length - hanCharacters(wrong).length;
        for (const a of found) if (a.han >= before) a.han += shift;
        from = at + wrong.length;
      }
    }
    const chars = hanCharacters(repairedSeed[line]!);
    for (const a of found) a.context = chars.slice(Math.max(0, a.han - 2), a.han + 3).join('');
    return found;
  });
}

describe('readings of the seed article', () => {
  const annotations = seedAnnotations();
  const readings = repairedSeed.map((line) => readingsOf(line, hant));

  test('finds the 250 annotations on 63 characters, each at its character', () => {
    expect(annotations).toHaveLength(250);
    expect(new Set(annotations.map((a) => a.character)).size).toBe(63);
    for (const a of annotations) expect(hanCharacters(repairedSeed[a.line]!)[a.han], a.context).toBe(a.character);
  });

  test('matches the 247 annotations right in context, and reads the 3 wrong ones right', () => {
    let corrected = 0;
    const misses: string[] = [];
    for (const a of annotations) {
      const chars = hanCharacters(repairedSeed[a.line]!);
      const wrong = WRONG_IN_CONTEXT.find(
        (w) => [...w.phrase][w.at] === a.character && chars.slice(a.han - w.at, a.han - w.at + 2).join('') === w.phrase,
      );
      if (wrong) expect(a.reading).toBe(wrong.annotated);
      const expected = wrong ? wrong.right : a.reading;
      if (wrong) corrected++;
      const got = readings[a.line]![a.han];
      if (got !== expected) misses.push(`${a.context}: ${a.character} ${got}, expected ${expected}`);
    }
    expect(misses).toEqual([]);
    expect(corrected).toBe(3);
  });

  test('the Simplified text gets the same readings as the Traditional, line by line', () => {
    expect(simplifiedSeed.map((line) => readingsOf(line, hans))).toEqual(readings);
  });

  test('every Han character gets a reading', () => {
    expect(readings.flat().filter((r) => r === '')).toEqual([]);
    expect(readings.map((r) => r.length)).toEqual(repairedSeed.map((line) => hanCharacters(line).length));
  });
});

/** The readings of `word` where it occurs in `sentence`. */
function readingOfWord(sentence: string, variant: typeof hans, start: number, length: number): string {
  const before = hanCharacters([...sentence].slice(0, start).join('')).length;
  return readingsOf(sentence, variant)
    .slice(before, before + length)
    .join(' ');
}

describe('polyphones in context, in both scripts', () => {
  test('the fixture has at least 40 sentences, the same length in both scripts', () => {
    expect(polyphones.length).toBeGreaterThanOrEqual(40);
    for (const { hans: s, hant: t } of polyphones) expect([...t].length, t).toBe([...s].length);
  });

  test.each(polyphones.map((p) => [p.hans, p] as const))('%s', (_s, { hans: s, hant: t, words }) => {
    for (const [word, reading] of words) {
      const start = [...s].join('').indexOf(word);
      expect(start, word).toBeGreaterThanOrEqual(0);
      const at = [...s.slice(0, start)].length;
      const length = [...word].length;
      expect(readingOfWord(s, hans, at, length), `${word} in ${s}`).toBe(reading);
      expect(readingOfWord(t, hant, at, length), `${word} in ${t}`).toBe(reading);
    }
  });
});

describe('the override table', () => {
  test.each(readingOverrides.map((o) => [o.phrase, o.reading, o] as const))('%s reads %s', (phrase, _r, o) => {
    expect(readingsOf(`要${phrase}。`, hans).slice(1).join(' ')).toBe(o.reading);
    expect(
      readingsOf(convertText(`要${phrase}。`, hans, hant), hant)
        .slice(1)
        .join(' '),
    ).toBe(o.reading);
    expect(o.reading.split(' ')).toHaveLength([...phrase].length);
    expect(o.why.length).toBeGreaterThan(10);
  });
});

describe('names', () => {
  test.each([
    ['单雄信', 'shàn xióng xìn'],
    ['曾国藩', 'zēng guó fān'],
    ['解缙', 'xiè jìn'],
    ['仇英', 'qiú yīng'],
    ['單雄信', 'shàn xióng xìn'],
    ['曾國藩', 'zēng guó fān'],
  ])('%s reads %s as a name', (name, reading) => {
    const variant = /[國單]/.test(name) ? hant : hans;
    expect(nameReadingsOf(name, variant).join(' ')).toBe(reading);
  });
});

describe('Bopomofo from pinyin', () => {
  test.each([
    ['zhòng', 'ㄓㄨㄥˋ'],
    ['chóng', 'ㄔㄨㄥˊ'],
    ['dāng', 'ㄉㄤ'],
    ['shí', 'ㄕˊ'],
    ['zhǎng', 'ㄓㄤˇ'],
    ['le', '˙ㄌㄜ'],
    ['yīng', 'ㄧㄥ'],
    ['yuè', 'ㄩㄝˋ'],
    ['xué', 'ㄒㄩㄝˊ'],
    ['qù', 'ㄑㄩˋ'],
    ['lǜ', 'ㄌㄩˋ'],
    ['wéi', 'ㄨㄟˊ'],
    ['huì', 'ㄏㄨㄟˋ'],
    ['liù', 'ㄌㄧㄡˋ'],
    ['lùn', 'ㄌㄨㄣˋ'],
    ['xióng', 'ㄒㄩㄥˊ'],
    ['zì', 'ㄗˋ'],
    ['ér', 'ㄦˊ'],
    ['yǔ', 'ㄩˇ'],
    ['yuán', 'ㄩㄢˊ'],
    ['wǒ', 'ㄨㄛˇ'],
    ['ń', 'ㄣˊ'],
  ])('%s is %s', (pinyin, zhuyin) => {
    expect(bopomofo(pinyin)).toBe(zhuyin);
  });

  test('every reading of the seed has a Bopomofo spelling', () => {
    const all = new Set(repairedSeed.flatMap((line) => readingsOf(line, hant)));
    const unread = [...all].filter((r) => !/^˙?[\u3105-\u312f]+[ˊˇˋ]?$/.test(bopomofo(r)));
    expect(unread).toEqual([]);
  });
});

describe('the readings file of an article', () => {
  const html =
    '<p id="p1"><a class="permalink" href="#p1" aria-label="第1段">¶</a>他长得很高。</p>' +
    '<figure data-figure="0"></figure><figure><figcaption>图片说明</figcaption></figure>' +
    '<p id="p2">代码<code>变量</code>重要</p>';

  test('reads the text as the page shows it: figures, code and ruby text left out, blocks apart', () => {
    expect(readableText(html)).toBe('¶他长得很高。\n代码重要\n');
    expect(readableText('<p>字<rt>zì</rt><rp>)</rp></p>')).toBe('字\n');
  });

  test('headline block, byline (names read as names) and text, a reading a Han character', () => {
    const readings = articleReadings(
      { kicker: '重点', title: '重新出发', byline: [{ name: '单雄信' }, { name: '曾国藩' }], html },
      hans,
    );
    expect(readings.headline).toBe('zhòng diǎn chóng xīn chū fā');
    expect(readings.byline).toBe('zuò zhě shàn xióng xìn zēng guó fān');
    expect(readings.body).toBe('tā zhǎng de hěn gāo dài mǎ zhòng yào');
    const traditional = articleReadings(
      { kicker: '重點', title: '重新出發', byline: [{ name: '單雄信' }, { name: '曾國藩' }], html: '' },
      hant,
    );
    expect(traditional.byline).toBe(readings.byline);
    expect(traditional.headline).toBe(readings.headline);
  });
});

describe('a converted page reads as the text it was converted from', () => {
  test('卓著 and 过于 keep the readings of the Simplified original on the Traditional page', () => {
    const simplified = { title: '战功卓著', byline: [], html: '<p>过于单调，土著居民。</p>' };
    const traditional = {
      title: convertText(simplified.title, hans, hant),
      byline: [],
      html: `<p>${convertText('过于单调，土著居民。', hans, hant)}</p>`,
    };
    const own = articleReadings(simplified, hans);
    expect(own.headline).toBe('zhàn gōng zhuó zhù');
    expect(own.body).toContain('guò yú');
    // Read back through OpenCC alone, 卓著 and 土著 would come back as 着 (zhe) and 於 read wū.
    expect(articleReadings(traditional, hant).headline).not.toBe(own.headline);
    expect(articleReadings(traditional, hant, { article: simplified, variant: hans })).toEqual({
      ...own,
      labels: hant.ui.reader.readings,
    });
  });
});
