/**
 * Importing a plain-text article (headline lines, then paragraphs), or one of a
 * corpus (a headline and paragraphs), as a Markdown entry: the documented
 * normalisation, the script detected, garbled text refused, and frontmatter
 * with what could be found and clearly marked placeholders for what could not.
 * Runs in Node, for `npm run import`.
 */
import { Document, Scalar } from 'yaml';
import { scriptOf } from '../conversion/convert.ts';
import { sectionIds, type SectionId } from '../sections/sections.ts';
import type { Variant } from '../variants/variants.ts';
import { firstSentenceOf } from '../articles/html-text.ts';
import { fullWidthPunctuation, repairSource, type Erratum } from './normalise.ts';

/** A Markdown entry made from a plain-text article. */
export interface ImportedArticle {
  markdown: string;
  /** BCP 47 tag of the script detected. */
  script: string;
  /** Frontmatter fields left for the editor. */
  placeholders: string[];
}

// Headline lines come first: short, and not ending a sentence.
const MAX_HEADLINE_LINES = 3;
const MAX_HEADLINE_LENGTH = 40;
const SENTENCE_END = /[。！？…」』”’）]$/u;

/** A YAML scalar with a comment at the end of its line, or on the line before it. */
function commented(value: string, comment: { after?: string; before?: string }): Scalar<string> {
  const node = new Scalar(value);
  if (comment.after) node.comment = ` ${comment.after}`;
  if (comment.before) node.commentBefore = ` ${comment.before}`;
  return node;
}

/**
 * What the importer found for the frontmatter; `mentionedDate` is a date as the text gives it (`2月19日`).
 * `section` and `date`, when the source or the editor gave them, are written as they are; else they are TODO.
 */
export interface FoundFields {
  kicker?: string | undefined;
  title: string;
  subtitle?: string | undefined;
  script: string;
  mentionedDate?: string | undefined;
  description: string;
  section?: SectionId | undefined;
  date?: string | undefined;
}

/** The frontmatter's YAML, without the `---` lines: the fields found, and commented TODO placeholders for the rest. */
export function frontmatterOf({
  kicker,
  title,
  subtitle,
  script,
  mentionedDate,
  description,
  section,
  date,
}: FoundFields): string {
  const mentioned = mentionedDate ? ` (the text says ${mentionedDate})` : '';
  // Quote what a YAML 1.1 reader would not take as a string: its core types and timestamps.
  const doc = new Document({ kicker, title, subtitle, script }, { customTags: ['timestamp'] });
  doc.set('section', section ?? commented('TODO', { after: `待填 / to fill in: one of ${sectionIds.join(', ')}` }));
  doc.set(
    'date',
    date ?? commented('TODO', { after: `待填 / to fill in: the day of the events, YYYY-MM-DD${mentioned}` }),
  );
  doc.set(
    commented('description', { before: 'place: TODO # 待填 / to fill in: the dateline place, or leave out' }),
    commented(description, { after: 'from the first sentence: check it reads as a summary' }),
  );
  // No folding: a long title or description stays on its line, with its comment.
  return doc.toString({ lineWidth: 0 });
}

/** Keeps a paragraph of plain text from being read as Markdown or HTML: emphasis, links, tags, headings, lists. */
function asParagraph(text: string): string {
  return text.replace(/[\\`*_[\]<>]/gu, '\\$&').replace(/^([#>+-]|\d+[.)])/u, '\\$1');
}

/** What the editor or the source says that the text cannot: the section and the day. */
export interface KnownFields {
  section?: SectionId | undefined;
  /** `YYYY-MM-DD`, or a date and time as the schema takes it. */
  date?: string | undefined;
}

/** Repairs a text (headline lines, then paragraphs, one a line) and gives its script and tidy lines. */
function repairedLines(raw: string, errata: readonly Erratum[], file: string): { written: Variant; lines: string[] } {
  const repaired = repairSource(raw, errata, file);
  const written = scriptOf(repaired);
  const lines = fullWidthPunctuation(repaired, written.quotes)
    .split('\n')
    .map((line) => line.trim());
  return { written, lines };
}

/** The entry of a headline block and paragraphs: frontmatter and body. */
function entryOf(
  headlines: readonly string[],
  paragraphs: readonly string[],
  written: Variant,
  file: string,
  known: KnownFields,
): ImportedArticle {
  if (headlines.length === 0) {
    throw new Error(`${file}: no headline: the first line should be the headline, before the paragraphs`);
  }
  if (paragraphs.length === 0) throw new Error(`${file}: no paragraphs after the headline`);
  const [kicker, title, subtitle] =
    headlines.length === 3 ? headlines : headlines.length === 2 ? [undefined, ...headlines] : [undefined, headlines[0]];
  const mentionedDate = /\d{1,4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日/u.exec(paragraphs.join(''))?.[0];
  const frontmatter = frontmatterOf({
    kicker,
    title: title!,
    subtitle,
    script: written.lang,
    mentionedDate,
    description: firstSentenceOf(paragraphs[0]!),
    ...known,
  });
  return {
    markdown: `---\n${frontmatter}---\n\n${paragraphs.map(asParagraph).join('\n\n')}\n`,
    script: written.lang,
    placeholders: [...(known.section ? [] : ['section']), ...(known.date ? [] : ['date']), 'place', 'description'],
  };
}

/** Turns a plain-text article into a Markdown entry; throws, naming the file and position, on garbled text. */
export function importArticle(
  raw: string,
  file: string,
  errata: readonly Erratum[] = [],
  known: KnownFields = {},
): ImportedArticle {
  const { written, lines: all } = repairedLines(raw, errata, file);
  const lines = all.filter(Boolean);
  let headlines = 0;
  while (headlines < MAX_HEADLINE_LINES && headlines < lines.length - 1) {
    const line = lines[headlines]!;
    if (line.length > MAX_HEADLINE_LENGTH || SENTENCE_END.test(line)) break;
    headlines++;
  }
  return entryOf(lines.slice(0, headlines), lines.slice(headlines), written, file, known);
}

/** Turns an article whose headline and paragraphs are known (one of a corpus) into a Markdown entry. */
export function importParts(
  title: string,
  paragraphs: readonly string[],
  file: string,
  known: KnownFields = {},
): ImportedArticle {
  // One line each: a line break inside a paragraph of the source is a space.
  const text = [title, ...paragraphs].map((part) => part.replace(/\s*\n\s*/g, ' ')).join('\n');
  const { written, lines } = repairedLines(text, [], file);
  return entryOf(lines.slice(0, 1).filter(Boolean), lines.slice(1).filter(Boolean), written, file, known);
}
