import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { phraseHtml, phrasesOf } from '../../src/lib/typography/phrases.ts';
import { markTateChuYoko } from '../../src/lib/typography/tate-chu-yoko.ts';

const tcy = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  markTateChuYoko(tree);
  return toHtml(tree);
};

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

describe('tate-chu-yoko', () => {
  test('marks one or two digits, not longer numbers, decimals or Latin words', () => {
    expect(tcy('<p>2月19日，2025年，3.5%，第12屆，A4紙，約10%</p>')).toBe(
      '<p><span class="tcy">2</span>月<span class="tcy">19</span>日，2025年，3.5%，第<span class="tcy">12</span>屆，A4紙，約10%</p>',
    );
  });

  test('inside inline elements too, but never in code', () => {
    expect(tcy('<p><a href="#p1">9日</a><code>12</code></p>')).toBe(
      '<p><a href="#p1"><span class="tcy">9</span>日</a><code>12</code></p>',
    );
  });
});
