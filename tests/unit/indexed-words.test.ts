/**
 * What Pagefind is fed: every unit of the text one word, alternates for the
 * other script, punctuation as words of letters, and the text rebuilt from it
 * for excerpts. Runs in Node.
 */
import { describe, expect, test } from 'vitest';
import { buildFolding } from '../../src/lib/search/folding.ts';
import {
  alternatesOf,
  articleBlocks,
  HEADLINE_POSITIONS,
  inHeadline,
  indexedContent,
  phrasePosition,
  phraseSearch,
  queryPhrases,
  unitWord,
} from '../../src/lib/search/indexed-words.ts';

const hantFolding = buildFolding(
  [
    { 'zh-hant': '生命週期，黨的周圍', 'zh-hans': '生命周期，党的周围' },
    { 'zh-hant': '發展後來', 'zh-hans': '发展后来' },
  ],
  'zh-hant',
);

describe('the words of a unit', () => {
  test('a Han character is itself; letters and digits half-width, lower-case, with no ASCII punctuation', () => {
    expect(unitWord('社')).toBe('社');
    expect(unitWord('iPhone')).toBe('iphone');
    expect(unitWord('ＮＢＡ')).toBe('nba');
    expect(unitWord('２０１０')).toBe('2010');
    // Pagefind indexes parts of a word with capitals or ASCII punctuation ("phone" in iPhone, "pm" in PM2.5).
    expect(unitWord('PM2.5')).toMatch(/^pm2[^\p{P}\p{S}]+5$/u);
    expect(unitWord('PM2.5')).not.toBe(unitWord('PM25'));
    expect(unitWord('1,000')).not.toBe(unitWord('1.000'));
  });

  test('a punctuation mark is a word of letters, the same for both widths, every full stop and every quotation mark', () => {
    expect(unitWord('，')).toMatch(/^ǂ[a-z]+$/);
    expect(unitWord('，')).toBe(unitWord(','));
    expect(unitWord('。')).toBe(unitWord('.'));
    expect(unitWord('「')).toBe(unitWord('”'));
    expect(unitWord('、')).not.toBe(unitWord('，'));
  });

  test('each term of a query is a quoted phrase of its units’ words, in the page’s script where that is unambiguous', () => {
    expect(queryPhrases('发展 iPhone，15', hantFolding).map(phraseSearch)).toEqual([
      '"發 展"',
      `"iphone ${unitWord(',')} 15"`,
    ]);
    // 周 is 周 or 週 on this Traditional site: it stays 周, and 週 carries it as an alternate.
    expect(queryPhrases('周期', hantFolding)).toEqual([['周', '期']]);
    expect(queryPhrases('、', hantFolding)).toEqual([]);
  });
});

describe('what Pagefind is fed for an article', () => {
  const alternates = alternatesOf(hantFolding);

  test('a character takes the characters a query may hold for it that have other spellings too', () => {
    expect(alternates.get('週')).toEqual(['周']);
    expect(alternates.get('周')).toBeUndefined(); // 周 is typed as itself; 週 is no spelling of it
    expect(alternates.get('發')).toBeUndefined(); // 发 is only ever 發 here: a query spells it so
    const { content } = indexedContent('標題', [{ id: 'p1', text: '發展，週期' }], alternates);
    const pieces = content.split(' ').slice(HEADLINE_POSITIONS);
    expect(pieces).toEqual(['¶#', '發', '展', pieces[3], '週.周', '期']);
    // The comma: its word, then its own code point in marks that Pagefind leaves out of the word.
    expect(pieces[3]).toMatch(new RegExp(`^${unitWord(',')}[^\\p{L}\\p{N}]+$`, 'u'));
  });

  test('the text is rebuilt exactly: the headline first, blocks, paragraph ids, punctuation, Latin as written with its spaces', () => {
    const title = '「發展」後來的 iPhone 15 和ＮＢＡ，PM2.5 達 1,000。';
    const blocks = [
      { text: '幹字當頭' },
      { text: title },
      { id: 'p1', text: '第一段。' },
      { id: 'p12', text: 'A 股（<b>&）' },
    ];
    const { content, latin } = indexedContent(title, blocks, alternates);
    expect(articleBlocks(content, latin)).toEqual([blocks[1], blocks[0], blocks[2], blocks[3]]);
    // No block boundary holds a letter or digit, so none is a word a query could find.
    for (const piece of content.split(' ').filter((p) => p.startsWith('¶'))) expect(piece).not.toMatch(/[\p{L}\p{N}]/u);
  });

  test('a phrase is found in the content as Pagefind finds it: each word at consecutive positions, within a block', () => {
    const { content } = indexedContent(
      '標題',
      [{ id: 'p1', text: '黨的周圍，iPhone 15。' }, { text: '週期' }],
      alternates,
    );
    const at = (query: string) => phrasePosition(content, queryPhrases(query, hantFolding)[0]!);
    expect(at('的周围,iphone')).toBe(HEADLINE_POSITIONS + 2);
    expect(at('周期')).toBeGreaterThan(HEADLINE_POSITIONS); // 週 carries 周
    expect(at('的周围。iphone')).toBe(-1); // another mark
    expect(at('15週期')).toBe(-1); // two blocks
    expect(at('標題')).toBe(1);
  });

  test('the headline takes the first positions, so a match below HEADLINE_POSITIONS is a match in it', () => {
    const { content } = indexedContent('社會', [{ id: 'p1', text: '社會工作' }], alternates);
    const pieces = content.split(' ');
    expect(pieces.indexOf('社')).toBeLessThan(HEADLINE_POSITIONS);
    expect(pieces.lastIndexOf('社')).toBeGreaterThanOrEqual(HEADLINE_POSITIONS);
    expect(inHeadline([pieces.indexOf('社')])).toBe(true);
    expect(inHeadline([pieces.lastIndexOf('社')])).toBe(false);
  });
});
