/**
 * Reading a JSONL corpus (one article a line: `{"id": 1, "section": "体育", "title": "…", "paragraphs": ["…"]}`,
 * the shape of the cnews news corpus the bench reads) into Markdown entries, one line at a time, each problem named
 * with the file, line and column. Runs in Node, for `npm run import` and the scale bench.
 */
import path from 'node:path';
import { SLUG_PATTERN } from '../articles/schema.ts';
import { sectionIds } from '../sections/sections.ts';
import { corpusSections } from './corpus-sections.ts';
import { importParts, type ImportedArticle } from './import-article.ts';
import { findGarbled } from './normalise.ts';

/** One line of a corpus turned into an entry. */
export interface CorpusEntry extends ImportedArticle {
  slug: string;
}

/** The slug of a corpus's article: the corpus file's name and the article's id, `cnews-news-42`. */
export function corpusSlug(file: string, id: unknown): string {
  const base = path
    .basename(file)
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'corpus'}-${String(id)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')}`;
}

/**
 * Turns line `lineNumber` (1-based) of a corpus file into an entry dated `date` (TODO when absent); throws an error
 * whose message starts `file:line:column:` when the line is not an article, is garbled or names an unknown section.
 */
export function corpusEntry(line: string, file: string, lineNumber: number, date?: string): CorpusEntry {
  function fail(index: number, problem: string): never {
    throw new Error(`${file}:${lineNumber}:${[...line.slice(0, index)].length + 1}: ${problem}`);
  }
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    fail(0, `not a JSON object: ${(error as Error).message}`);
  }
  const { id, section, title, paragraphs } = (record ?? {}) as Record<string, unknown>;
  if (typeof title !== 'string' || !Array.isArray(paragraphs) || !paragraphs.every((p) => typeof p === 'string')) {
    fail(0, 'an article needs "title" (text) and "paragraphs" (a list of texts)');
  }
  if (typeof id !== 'string' && typeof id !== 'number') fail(0, 'an article needs an "id" (a number or text)');
  const garbled = findGarbled(line);
  if (garbled) {
    fail(garbled.index, `garbled text "${garbled.context}": a "?" inside Han text where a character was lost`);
  }
  const sectionId = typeof section === 'string' ? corpusSections[section] : undefined;
  if (!sectionId) {
    const at = line.indexOf('"section"');
    fail(
      Math.max(at, 0),
      `unknown section ${JSON.stringify(section)}: add it to src/lib/sources/corpus-sections.ts (the sections are ${sectionIds.join(', ')})`,
    );
  }
  const slug = corpusSlug(file, id);
  if (!SLUG_PATTERN.test(slug))
    fail(0, `"${slug}" cannot be a slug: give the article an id of Latin letters or digits`);
  const entry = importParts(title as string, paragraphs as string[], `${file}:${lineNumber}`, {
    section: sectionId,
    date,
  });
  return { ...entry, slug };
}
