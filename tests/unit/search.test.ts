/**
 * Search in either script, in Node: the folding table, queries and their
 * spellings, matching and excerpts, and what the indexer sees of a page.
 */
import { describe, expect, test } from 'vitest';
import { buildFolding } from '../../src/lib/search/folding.ts';
import { pageForIndex, separateHan } from '../../src/lib/search/index-text.ts';
import { markedExcerpt } from '../../src/lib/search/excerpt.ts';
import {
  indexedWhole,
  indexPhrases,
  matchRanges,
  phraseQuery,
  queryTerms,
  spellingsOf,
  termPattern,
} from '../../src/lib/search/query.ts';

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
  test('Han characters are single units; Latin and digits stay in runs; punctuation is kept but not indexed', () => {
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

  test('a query in the other script or mixed is spelled in the page’s script, ambiguous characters both ways', () => {
    expect(spellingsOf('会', hantFolding)).toEqual(['會']);
    expect(spellingsOf('周', hantFolding)).toEqual(['周', '週']);
    expect(spellingsOf('社', hantFolding)).toEqual(['社']);
    expect(phraseQuery(['社', '會'])).toBe('"社 會"');
  });

  test('Chinese punctuation is part of the exact phrase, in either width; other marks cut it', () => {
    const phrases = (query: string) => indexPhrases(queryTerms(query)[0]!, hantFolding);
    expect(phrases('員,網')).toEqual([[['員'], ['，'], ['網']]]);
    expect(phrases('会（党')).toEqual([[['會'], ['（'], ['黨']]]);
    expect(phrases('Wi-Fi')).toEqual([[['Wi']], [['Fi']]]);
    expect(indexedWhole(queryTerms('員,網')[0]!, hantFolding)).toBe(true);
    expect(indexedWhole(queryTerms('Wi-Fi')[0]!, hantFolding)).toBe(false);
    expect(new Set(phrases('“社”')[0]![0])).toEqual(new Set('“”‘’「」『』')); // any quotation mark
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
      '<title>鹽城</title><article data-pagefind-body>\u204b<h1>\u200b鹽\u200b城\u200b</h1></article>',
    );
    expect(pageForIndex('<p>鹽城</p>')).toBeUndefined();
  });

  test('paragraph ids become empty markers, so the index stores no paragraph twice; the section is a filter', () => {
    const page =
      '<meta property="article:section" content="時政"><article data-pagefind-body><p id="p1">鹽</p><p class="x" id="p2">城</p></article>';
    expect(pageForIndex(page)).toBe(
      '<meta property="article:section" content="時政"><article data-pagefind-body data-pagefind-filter="section:時政">' +
        '¶<p><span id="p1"></span>\u200b鹽\u200b</p>¶<p class="x"><span id="p2"></span>\u200b城\u200b</p></article>',
    );
  });
});
