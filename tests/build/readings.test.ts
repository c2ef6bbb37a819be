/**
 * The reading aid's files in the built site: one readings.json per article and
 * variant, within its byte budget, holding one reading for every Han character
 * the page shows in its headline block, byline and text (the order the browser
 * sets them in); and no ruby in any built page, so neither the search index nor
 * a reader without the aid ever sees a reading.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes } from 'hast';
import type { ArticleReadings } from '../../src/lib/readings/article-readings.ts';
import { readableText } from '../../src/lib/readings/article-readings.ts';
import { hanCharacters } from '../../src/lib/readings/han.ts';
import { filesUnder } from '../support/pages.ts';

const DIST = 'dist';

/**
 * Gzip bytes a readings file may take. Measured: the seed, 2,079 B for its 1,199 readings and the labels (1.5 B a reading: it
 * repeats itself); 300 articles of a real news corpus, read as the site reads them, median 1.9 B and 95th
 * percentile 2.4 B a reading. The budget allows 2.5 B a reading and 200 B of frame (the largest of those
 * 300 files took 81 % of it).
 */
const BUDGET = { perCharacter: 2.5, fixed: 200 };

const readingFiles = filesUnder(DIST, (name) => name === 'readings.json');

/** The first element of a tree whose class list holds `name` (inside `within`, when given). */
function byClass(node: Nodes, name: string): Element | undefined {
  if (
    node.type === 'element' &&
    String(node.properties.className ?? '')
      .split(' ')
      .includes(name)
  )
    return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = byClass(child, name);
    if (found) return found;
  }
  return undefined;
}

describe('readings files', () => {
  test('one per article page', () => {
    const articles = readingFiles.map((f) => path.join(path.dirname(f), 'index.html'));
    expect(readingFiles.length).toBeGreaterThanOrEqual(2);
    for (const page of articles) expect(readFileSync(page, 'utf8')).toContain('class="article__body"');
  });

  test.each(readingFiles.map((f) => [path.relative(DIST, f)]))('%s is within its budget', (file) => {
    const json = readFileSync(path.join(DIST, file));
    const readings = JSON.parse(json.toString('utf8')) as ArticleReadings;
    const { headline, byline, body } = readings;
    const count = [headline, byline, body].filter(Boolean).join(' ').split(' ').length;
    const gzip = gzipSync(json, { level: 9 }).length;
    expect(Object.keys(readings.labels)).toEqual(['off', 'on', 'pinyin', 'zhuyin']);
    expect(gzip, `${gzip} B gzip for ${count} readings`).toBeLessThanOrEqual(
      BUDGET.perCharacter * count + BUDGET.fixed,
    );
  });

  test.each(readingFiles.map((f) => [path.relative(DIST, f)]))(
    '%s has one reading for each Han character of the page, in order',
    (file) => {
      const readings = JSON.parse(readFileSync(path.join(DIST, file), 'utf8')) as ArticleReadings;
      const page = fromHtml(readFileSync(path.join(DIST, path.dirname(file), 'index.html'), 'utf8'));
      const blocks = { headline: 'headline', byline: 'byline', body: 'article__body' } as const;
      for (const [name, className] of Object.entries(blocks) as Array<[keyof typeof blocks, string]>) {
        const block = byClass(page, className);
        if (name !== 'byline') expect(block, `${name} of ${file}`).toBeDefined();
        const characters = block ? hanCharacters(readableText(toHtml(block))) : [];
        const list = readings[name] ? readings[name].split(' ') : [];
        expect(list, `${name} of ${file}`).toHaveLength(characters.length);
        expect(
          list.every((r) => r !== ''),
          `${name} of ${file}: every character read`,
        ).toBe(true);
      }
    },
  );

  test('no built page holds ruby: the aid is set in the browser, so the search index never reads a reading', () => {
    for (const page of filesUnder(DIST, (name) => name.endsWith('.html')))
      expect(readFileSync(page, 'utf8'), page).not.toMatch(/<(ruby|rt)\b/);
  });
});
