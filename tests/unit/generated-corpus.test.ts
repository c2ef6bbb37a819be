import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { splitArticle } from '../../src/lib/articles/frontmatter.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArticles, writeGeneratedCorpus, type GeneratedArticle } from '../support/generated-corpus.ts';

const sections = ['politics', 'economy', 'society', 'culture', 'sports'] as const;

/** Every text of an article a reader sees. */
const textsOf = (article: GeneratedArticle) => [article.title, article.description, ...article.paragraphs];

/** Distinct pairs of adjacent Han characters. */
function hanBigrams(articles: readonly GeneratedArticle[]): Set<string> {
  const bigrams = new Set<string>();
  for (const text of articles.flatMap(textsOf)) {
    for (const match of text.matchAll(/(?=(\p{Script=Han}{2}))/gu)) bigrams.add(match[1]!);
  }
  return bigrams;
}

describe('generated corpus', () => {
  let thousand: GeneratedArticle[];
  beforeAll(() => {
    thousand = generateArticles({ count: 1000, sections });
  });

  it('gives the same articles, byte for byte, for the same options, and others for another seed', () => {
    const again = generateArticles({ count: 1000, sections });
    expect(again.map((a) => a.markdown).join('')).toBe(thousand.map((a) => a.markdown).join(''));
    const other = generateArticles({ count: 50, sections, seed: 2 });
    expect(other[0]!.paragraphs[0]).not.toBe(thousand[0]!.paragraphs[0]);
  });

  it('makes the first n articles of a larger corpus the n articles of a smaller one', () => {
    expect(generateArticles({ count: 100, sections })).toEqual(thousand.slice(0, 100));
  });

  it('gives unique slugs and sections from the list, spread over all of them', () => {
    expect(thousand.every((a) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(a.slug))).toBe(true);
    expect(new Set(thousand.map((a) => a.slug)).size).toBe(1000);
    expect(thousand[42]!.slug).toBe('gen-00042');
    const counts = new Map<string, number>();
    for (const { section } of thousand) counts.set(section, (counts.get(section) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([...sections].sort());
    for (const count of counts.values()) expect(count).toBeGreaterThanOrEqual(199);
  });

  it('dates the articles newest first from `newest`, over many months', () => {
    expect(thousand[0]!.date).toBe('2025-02-18');
    expect(thousand.every((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.date))).toBe(true);
    expect(thousand.every((a, i) => i === 0 || a.date <= thousand[i - 1]!.date)).toBe(true);
    expect(new Set(thousand.map((a) => a.date.slice(0, 7))).size).toBeGreaterThanOrEqual(6);
    const days = new Set(thousand.map((a) => a.date)).size;
    expect(days).toBeGreaterThan(250);
    expect(days).toBeLessThan(420);
    expect(generateArticles({ count: 3, sections, newest: '2024-06-30' })[0]!.date).toBe('2024-06-30');
  });

  it('writes each article in one script, about 70% Simplified, with that script’s quotation marks', () => {
    const hant = thousand.filter((a) => a.script === 'zh-Hant');
    expect(hant.length).toBeGreaterThan(250);
    expect(hant.length).toBeLessThan(350);
    for (const article of thousand) {
      const text = textsOf(article).join('');
      expect(text).not.toMatch(article.script === 'zh-Hant' ? /[“”]/ : /[「」]/);
    }
    expect(hant.some((a) => a.paragraphs.some((p) => p.includes('「')))).toBe(true);
    // Script-specific forms of the hand-written function words.
    expect(thousand.some((a) => a.script === 'zh-Hans' && a.paragraphs.some((p) => /记者|专家|发言人/.test(p)))).toBe(
      true,
    );
    expect(hant.some((a) => a.paragraphs.some((p) => /記者|專家|發言人/.test(p)))).toBe(true);
  });

  it('keeps titles, descriptions and paragraphs within their shapes', () => {
    for (const article of thousand) {
      expect(article.title).toMatch(/^\p{Script=Han}{8,24}$/u);
      expect(article.description).toMatch(/^[^。]+。$/);
      expect(article.paragraphs.length).toBeGreaterThanOrEqual(3);
      expect(article.paragraphs.length).toBeLessThanOrEqual(12);
      for (const paragraph of article.paragraphs) {
        expect(paragraph.length).toBeGreaterThanOrEqual(40);
        expect(paragraph.length).toBeLessThanOrEqual(220);
        expect(paragraph).toMatch(/[。”」]$/);
      }
    }
  });

  it('never writes “?” or an ASCII comma next to Han text', () => {
    const all = thousand.map((a) => a.markdown).join('\n');
    expect(all).not.toContain('?');
    expect(all).not.toMatch(/\p{Script=Han},|,\p{Script=Han}/u);
  });

  it('grows its vocabulary with the number of articles, and never repeats a paragraph', () => {
    const few = hanBigrams(thousand.slice(0, 100)).size;
    const many = hanBigrams(thousand).size;
    expect(few).toBeGreaterThan(5000);
    expect(many).toBeGreaterThanOrEqual(4 * few);
    const paragraphs = thousand.flatMap((a) => a.paragraphs);
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
  });

  it('puts Latin words and digits in the text for search to find', () => {
    const bodies = thousand.map((a) => a.paragraphs.join(''));
    expect(bodies.filter((b) => /[A-Za-z]{2,}/.test(b)).length).toBeGreaterThan(100);
    expect(bodies.filter((b) => /\d+(?:\.\d+)?%|\d{4}年/.test(b)).length).toBeGreaterThan(100);
    expect(bodies.some((b) => b.includes('GDP'))).toBe(true);
  });

  it('writes Markdown entry files whose frontmatter reads back as the article', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'generated-corpus-'));
    try {
      const written = await writeGeneratedCorpus(path.join(folder, 'articles'), { count: 30, sections, seed: 7 });
      expect(written).toEqual(generateArticles({ count: 30, sections, seed: 7 }));
      expect((await readdir(path.join(folder, 'articles'))).sort()).toEqual(written.map((a) => `${a.slug}.md`).sort());
      for (const article of written) {
        const source = await readFile(path.join(folder, 'articles', `${article.slug}.md`), 'utf8');
        expect(source).toBe(article.markdown);
        const { frontmatter, body: content } = splitArticle(source);
        expect(frontmatter).toEqual({
          title: article.title,
          section: article.section,
          script: article.script,
          date: article.date,
          description: article.description,
        });
        expect(content.trim().split('\n\n')).toEqual(article.paragraphs);
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
