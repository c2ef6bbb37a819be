import { describe, expect, test } from 'vitest';
import { convertText } from '../../src/lib/conversion/convert.ts';
import { phraseMarkup } from '../../src/lib/typography/phrase-markup.ts';
import { phraseBreaks, phraseHtml, phrasesOf } from '../../src/lib/typography/phrases.ts';
import { variantByLang } from '../../src/lib/variants/variants.ts';
import { HEADLINES } from '../support/headlines.ts';
import { tateChuYokoHtml as tcy } from '../../src/lib/typography/tate-chu-yoko.ts';
import { withPermalinks } from '../../src/lib/articles/permalinks.ts';

describe('headline phrases (BudouX)', () => {
  test('質量 and 發展 stay whole in both scripts', () => {
    expect(phrasesOf('奮力推動鹽城社會工作高質量發展', 'zh-Hant')).toEqual(expect.arrayContaining(['高質量', '發展']));
    expect(phrasesOf('奋力推动盐城社会工作高质量发展', 'zh-Hans').join('|')).toMatch(/质量\|发展$/);
  });

  test('HTML with <wbr> between phrases, the text escaped', () => {
    expect(phraseHtml('奮力推動', 'zh-Hant')).toBe('奮力<wbr>推動');
    expect(phraseHtml('A<B & C', 'zh-Hant')).not.toMatch(/<B|& /);
  });
});

/** Every written headline in both scripts, with its lang. */
const headlines = [
  ...HEADLINES.map((text) => ({ text, lang: 'zh-Hans' })),
  ...HEADLINES.map((text) => ({
    text: convertText(text, variantByLang('zh-Hans'), variantByLang('zh-Hant')),
    lang: 'zh-Hant',
  })),
];
/** Offsets between phrases. */
const boundaries = (phrases: readonly string[]) => {
  let at = 0;
  return phrases.slice(0, -1).map((phrase) => (at += phrase.length));
};
/** What a reader sees as one word: a number with its decimals and percent sign, a Latin word, a 《…》 title. */
const WORDS = /\d+(?:[.,:]\d+)*%?|[A-Za-z][A-Za-z0-9-]*|《[^》]*》/g;

describe('headline phrases mended: what a reader sees as one word stays on one line', () => {
  test(`${headlines.length} headlines: the phrases are the headline, cut only between words`, () => {
    for (const { text, lang } of headlines) {
      const phrases = phrasesOf(text, lang);
      expect(phrases.join('')).toBe(text);
      for (const at of boundaries(phrases))
        for (const word of text.matchAll(WORDS))
          expect(word.index < at && at < word.index + word[0].length, `${phrases.join('|')}: inside ${word[0]}`).toBe(
            false,
          );
    }
  });

  test('no phrase is a single Han character', () => {
    for (const { text, lang } of headlines)
      for (const phrase of phrasesOf(text, lang))
        if (!/[\dA-Za-z]/.test(phrase))
          expect(phrase.match(/\p{Script=Han}/gu)?.length ?? 2, `${text}: ${phrase}`).not.toBe(1);
  });

  test('no <wbr> where Han meets a digit or Latin letter (it would switch off the spacing between them), but in a stretch longer than 12', () => {
    const junction = (text: string, at: number) =>
      /\p{Script=Han}[\dA-Za-z]|[\dA-Za-z]\p{Script=Han}/u.test(text.slice(at - 1, at + 1));
    for (const { text, lang } of headlines) {
      const breaks = phraseBreaks(text, lang);
      // Where a line may break other than at such a junction: the other marks, white space, the ends.
      const others = [0, text.length, ...breaks.filter((at) => !junction(text, at))];
      for (const space of text.matchAll(/\s/g)) others.push(space.index, space.index + 1);
      for (const at of breaks.filter((at) => junction(text, at))) {
        const stretch = Math.min(...others.filter((o) => o > at)) - Math.max(...others.filter((o) => o < at));
        expect(stretch, `${text} at ${at}`).toBeGreaterThan(12);
      }
    }
  });

  test('the audit’s cases', () => {
    expect(phraseHtml('《亲密敌人》12月上映', 'zh-Hans')).toMatch(/^《亲密敌人》(<wbr>)?12月<wbr>上映$/);
    expect(phrasesOf('偏股基金年内赚45.80%', 'zh-Hans').at(-1)).toMatch(/45\.80%$/);
    expect(phraseHtml('QDII基金净值普涨', 'zh-Hans')).toMatch(/^QDII基金/);
    expect(phraseHtml('理光R10正式发布', 'zh-Hans')).toMatch(/^理光R10/);
    expect(phraseHtml('佳能7D单机报价', 'zh-Hant')).toMatch(/^佳能7D/);
    for (const [text, word] of [
      ['新浪体育讯', '新浪'],
      ['三月楼市成交回暖', '三月'],
      ['元旦假期全市接待游客', '元旦'],
      ['方宏进谈A股走势', '方宏进'],
      ['话剧《李双双》重登舞台', '《李双双》'],
    ])
      expect(
        phrasesOf(text!, 'zh-Hans').some((phrase) => phrase.includes(word!)),
        text,
      ).toBe(true);
  });

  test('a phrase too long for a narrow line may break where Han meets a number, never inside it', () => {
    const phrases = phrasesOf('松下SD20报价4100元辽宁地区行情', 'zh-Hans');
    expect(phrases.every((phrase) => phrase.length <= 12)).toBe(true);
    expect(phrases.join('|')).toMatch(/SD20/);
    expect(phrases.join('|')).toMatch(/4100/);
  });

  test('a headline in clauses: each clause in its own span, no <wbr> beside the space between them', () => {
    expect(phraseHtml('湖人1消息比赢球开心10倍 小拜膝伤无碍', 'zh-Hans')).toBe(
      '<span class="clause">湖人1消息<wbr>比赢球<wbr>开心10倍</span> <span class="clause">小拜<wbr>膝伤<wbr>无碍</span>',
    );
    // Spaces between Latin words or beside them are not between clauses.
    expect(phraseHtml('苹果iPhone 15上市', 'zh-Hans')).not.toContain('clause');
  });

  test('search hits: matches marked across phrases and clauses, the HTML well formed', () => {
    expect(phraseMarkup('开心10倍 小拜', [2], [[4, 7]])).toBe(
      '<span class="clause">开心<wbr>10<mark>倍</mark></span><mark> </mark><span class="clause"><mark>小</mark>拜</span>',
    );
    expect(phraseMarkup('奮力推動', [2], [[1, 3]])).toBe('奮<mark>力<wbr>推</mark>動');
    expect(phraseMarkup('a<b', [], [])).toBe('a&lt;b');
  });
});

describe('tate-chu-yoko', () => {
  test('marks one or two digits, not longer numbers, decimals or Latin words', () => {
    expect(tcy('<p>2月19日，2025年，3.5%，第12屆，A4紙，約10%</p>')).toBe(
      '<p><span class="tcy">2</span>月<span class="tcy">19</span>日，2025年，3.5%，第<span class="tcy">12</span>屆，A4紙，約10%</p>',
    );
  });

  test('in a headline, around its phrase breaks, which stay', () => {
    expect(tcy(phraseHtml('《亲密敌人》12月上映', 'zh-Hans'))).toContain('<span class="tcy">12</span>月');
    expect(tcy(phraseHtml('《亲密敌人》12月上映', 'zh-Hans')).replaceAll('<span class="tcy">12</span>', '12')).toBe(
      phraseHtml('《亲密敌人》12月上映', 'zh-Hans'),
    );
  });

  test('inside inline elements too, but never in code', () => {
    expect(tcy('<p><a href="#p1">9日</a><code>12</code></p>')).toBe(
      '<p><a href="#p1"><span class="tcy">9</span>日</a><code>12</code></p>',
    );
  });
});

describe('Latin words in Chinese text', () => {
  const zhHant = variantByLang('zh-Hant');
  test('long words with a lower-case letter are marked English, for hyphenation; acronyms, short words and code are not', () => {
    expect(
      withPermalinks(
        '<p id="p1">本次Final 4在Reliant球館進行，NCAA和Perseverance號，第12屆，<code>Variable</code></p>',
        zhHant,
      ),
    ).toBe(
      '<p id="p1"><a class="permalink" href="#p1" aria-label="第 1 段的連結"></a>本次Final <span class="tcy">4</span>在<span lang="en">Reliant</span>球館進行，NCAA和<span lang="en">Perseverance</span>號，第<span class="tcy">12</span>屆，<code>Variable</code></p>',
    );
  });
});
