/**
 * Search in either script, in Node: the folding table, queries and their
 * spellings, matching and excerpts, and what the indexer takes from a page.
 */
import { describe, expect, test } from 'vitest';
import { buildFolding } from '../../src/lib/search/folding.ts';
import { indexedPage } from '../../src/lib/search/indexed-page.ts';
import { markedExcerpt } from '../../src/lib/search/excerpt.ts';
import { indexedUnit, matchRanges, queryTerms, termPattern } from '../../src/lib/search/query.ts';

const hantFolding = buildFolding(
  [
    { 'zh-hant': '生命週期，黨的周圍', 'zh-hans': '生命周期，党的周围' },
    { 'zh-hant': '社會工作會議', 'zh-hans': '社会工作会议' },
  ],
  'zh-hant',
);

describe('the folding table', () => {
  test('maps each character of the site to its spellings in the target variant', () => {
    expect(hantFolding['会']).toBe('會');
    expect(hantFolding['党']).toBe('黨');
    expect(hantFolding['周']).toBe('周週'); // ambiguous within the site: both spellings
    expect(hantFolding['週']).toBeUndefined(); // already the target's spelling
    expect(hantFolding['社']).toBeUndefined();
  });

  test('skips passages that cannot be aligned character by character', () => {
    expect(buildFolding([{ a: '計算機', b: '電腦' }], 'b')).toEqual({});
  });
});

describe('queries', () => {
  test('Han characters are single units; Latin and digits stay in runs; punctuation marks are units', () => {
    expect(queryTerms(' 基層 治理 ')).toEqual([
      ['基', '層'],
      ['治', '理'],
    ]);
    expect(queryTerms('基層\n治理')).toHaveLength(2); // a line break separates terms like a space
    expect(queryTerms('2025年 iPhone 15')).toEqual([['2025', '年'], ['iPhone'], ['15']]);
    expect(queryTerms('「楓橋經驗」')).toEqual([['「', '楓', '橋', '經', '驗', '」']]);
    expect(queryTerms('PM2.5 1,000')).toEqual([['PM2.5'], ['1,000']]);
    expect(queryTerms('<img src=x>')).toEqual([
      ['<', 'img'],
      ['src', '=', 'x', '>'],
    ]);
    expect(queryTerms('、 ，')).toEqual([]); // punctuation alone is no term
  });

  test('a query in the other script or mixed finds every spelling the page uses, ambiguous characters both ways', () => {
    const spelled = (query: string, text: string) => text.match(termPattern(queryTerms(query)[0]!, hantFolding))?.[0];
    expect(spelled('会', '社會')).toBe('會');
    expect(spelled('周期', '生命週期')).toBe('週期');
    expect(spelled('周期', '周期表')).toBe('周期');
    expect(spelled('週期', '周期表')).toBeUndefined();
  });

  test('the index keeps punctuation in one width, every full stop and every quotation mark as one; Latin half-width in lower case', () => {
    const units = (text: string) => queryTerms(text).flat().map(indexedUnit);
    expect(units('員，網、（黨）')).toEqual(['員', ',', '網', '、', '(', '黨', ')']);
    expect(units('「社」“會”')).toEqual(['"', '社', '"', '"', '會', '"']);
    expect(units('社。會.')).toEqual(['社', '.', '會', '.']);
    expect(units('Wi-Fi PM2.5 iPhone 15')).toEqual(['wi', '-', 'fi', 'pm2.5', 'iphone', '15']);
    expect(units('ＮＢＡ ２０１０年')).toEqual(['nba', '2010', '年']);
  });

  test('punctuation in a query matches itself or its other-width twin; Latin ignores case', () => {
    const [term] = queryTerms('周斌指出,黨的');
    const pattern = termPattern(term!, hantFolding);
    expect('周斌指出，黨的十八大'.match(pattern)?.[0]).toBe('周斌指出，黨的');
    expect('周斌指出,黨的'.match(pattern)?.[0]).toBe('周斌指出,黨的');
    expect('周斌指出黨的'.match(pattern)).toBeNull();
    expect('周斌指出。黨的'.match(pattern)).toBeNull();
    expect('據ESPN報道'.match(termPattern(queryTerms('espn')[0]!, hantFolding))?.[0]).toBe('ESPN');
    expect('他說「社會」'.match(termPattern(queryTerms('“社会”')[0]!, hantFolding))?.[0]).toBe('「社會」');
    expect('社會。'.match(termPattern(queryTerms('社会.')[0]!, hantFolding))?.[0]).toBe('社會。');
    expect('據ＮＢＡ報道'.match(termPattern(queryTerms('nba')[0]!, hantFolding))?.[0]).toBe('ＮＢＡ');
    expect('據NBA報道'.match(termPattern(queryTerms('ＮＢＡ')[0]!, hantFolding))?.[0]).toBe('NBA');
  });

  test('patterns find every spelling, and excerpts mark whole matches, escaped', () => {
    const pattern = termPattern(['周', '期'], hantFolding);
    expect(matchRanges('生命週期與周期', [pattern])).toEqual([
      [2, 4],
      [5, 7],
    ]);
    expect(markedExcerpt('<b>社會工作</b>', [termPattern(['社', '会'], hantFolding)])).toBe(
      '&lt;b&gt;<mark>社會</mark>工作&lt;/b&gt;',
    );
  });
});

describe('what the indexer takes from a page', () => {
  const page = [
    '<html><head><meta property="article:section" content="時政"></head><body>',
    '<header><h1>鹽城新聞</h1><p>nav</p></header>',
    '<article data-search-body data-search-date="2025-02-19">',
    '<p class="kicker">幹字當頭</p><h1>奮力推動<wbr>鹽城&amp;社會</h1>',
    '<span data-search-ignore>3 分鐘</span>',
    '<p id="p1">2<span class="tcy">19</span>日，<b>市委</b>\n社會工作</p>',
    '<ul><li>一<p id="p2">二</p>三</li></ul>',
    '<p data-search-ignore><a>x</a>分享</p><script>var a = "不是文字";</script>',
    '</article><footer><p>頁尾</p></footer></body></html>',
  ].join('');

  test('the article element only: its blocks in order, paragraph ids kept, ignored parts and scripts left out', () => {
    expect(indexedPage(page)).toEqual({
      title: '奮力推動鹽城&社會',
      titleBreaks: [4],
      day: '2025-02-19',
      section: '時政',
      blocks: [
        { text: '幹字當頭' },
        { text: '奮力推動鹽城&社會' },
        { id: 'p1', text: '219日，市委 社會工作' },
        { text: '一' },
        { id: 'p2', text: '二' },
        { text: '三' },
      ],
    });
  });

  test('where the headline breaks between phrases: its <wbr>s, also in a headline of clauses', () => {
    const headline = '<h1><span class="clause">開心<wbr>10倍</span> <span class="clause">小拜<wbr>無礙</span></h1>';
    const clauses = page.replace('<h1>奮力推動<wbr>鹽城&amp;社會</h1>', headline);
    expect(indexedPage(clauses)).toMatchObject({ title: '開心10倍 小拜無礙', titleBreaks: [2, 8] });
  });

  test('a page without the article element (a list, a retracted article) is not indexed', () => {
    expect(indexedPage('<html><body><h1>鹽城</h1><p>list</p></body></html>')).toBeUndefined();
  });
});
