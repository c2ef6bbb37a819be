/**
 * Search in either script, in Node: the folding table, queries and their
 * spellings, matching and excerpts, and what the indexer sees of a page.
 */
import { describe, expect, test } from 'vitest';
import { buildFolding } from '../../src/lib/search/folding.ts';
import { pageForIndex, separateHan } from '../../src/lib/search/index-text.ts';
import { markedExcerpt } from '../../src/lib/search/excerpt.ts';
import { matchRanges, phraseQuery, queryTerms, spellings, termPattern } from '../../src/lib/search/query.ts';

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
  test('Han characters are single tokens; Latin and digits stay in runs; punctuation goes', () => {
    expect(queryTerms(' 基層 治理 ')).toEqual([
      ['基', '層'],
      ['治', '理'],
    ]);
    expect(queryTerms('2月19日')).toEqual([['2', '月', '19', '日']]);
    expect(queryTerms('「楓橋經驗」')).toEqual([['楓', '橋', '經', '驗']]);
    expect(queryTerms('<img src=x>')).toEqual([['img'], ['src', 'x']]);
  });

  test('a query in the other script or mixed is spelled in the page’s script, ambiguous characters both ways', () => {
    expect(spellings(['社', '会'], hantFolding)).toEqual([['社', '會']]);
    expect(spellings(['生', '命', '周', '期'], hantFolding).map((s) => s.join(''))).toEqual(['生命周期', '生命週期']);
    expect(phraseQuery(['社', '會'])).toBe('"社 會"');
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

describe('what the indexer sees', () => {
  test('every Han character becomes a word inside the indexed body, nowhere else, never inside tags', () => {
    expect(separateHan('<p title="標題">社會 work</p>')).toBe('<p title="標題">\u200b社\u200b會\u200b work</p>');
    const page = '<title>鹽城</title><article data-pagefind-body><h1>鹽城</h1></article>';
    expect(pageForIndex(page)).toBe(
      '<title>鹽城</title><article data-pagefind-body><h1>\u200b鹽\u200b城\u200b</h1></article>',
    );
    expect(pageForIndex('<p>鹽城</p>')).toBeUndefined();
  });
});
