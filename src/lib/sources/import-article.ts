/**
 * Importing a plain-text article (headline lines, then paragraphs) as a
 * Markdown entry: the documented normalisation, the script detected, garbled
 * text refused, and frontmatter with what could be found and clearly marked
 * placeholders for what could not. Runs in Node, for `npm run import`.
 */
import { Document, Scalar } from 'yaml';
import { scriptOf } from '../conversion/convert.ts';
import { sectionIds } from '../sections/sections.ts';
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

/** What the importer found for the frontmatter; `mentionedDate` is a date as the text gives it (`2月19日`). */
export interface FoundFields {
  kicker?: string | undefined;
  title: string;
  subtitle?: string | undefined;
  script: string;
  mentionedDate?: string | undefined;
  description: string;
}

/** The frontmatter's YAML, without the `---` lines: the fields found, and commented TODO placeholders for the rest. */
export function frontmatterOf({ kicker, title, subtitle, script, mentionedDate, description }: FoundFields): string {
  const mentioned = mentionedDate ? ` (the text says ${mentionedDate})` : '';
  // Quote what a YAML 1.1 reader would not take as a string: its core types and timestamps.
  const doc = new Document({ kicker, title, subtitle, script }, { customTags: ['timestamp'] });
  doc.set('section', commented('TODO', { after: `待填 / to fill in: one of ${sectionIds.join(', ')}` }));
  doc.set('date', commented('TODO', { after: `待填 / to fill in: the day of the events, YYYY-MM-DD${mentioned}` }));
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

/** Turns a plain-text article into a Markdown entry; throws, naming the file and position, on garbled text. */
export function importArticle(raw: string, file: string, errata: readonly Erratum[] = []): ImportedArticle {
  const repaired = repairSource(raw, errata, file);
  const written = scriptOf(repaired);
  const lines = fullWidthPunctuation(repaired, written.quotes)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  let headlines = 0;
  while (headlines < MAX_HEADLINE_LINES && headlines < lines.length - 1) {
    const line = lines[headlines]!;
    if (line.length > MAX_HEADLINE_LENGTH || SENTENCE_END.test(line)) break;
    headlines++;
  }
  if (headlines === 0) {
    throw new Error(`${file}: no headline: the first line should be the headline, before the paragraphs`);
  }
  const head = lines.slice(0, headlines);
  const [kicker, title, subtitle] =
    headlines === 3 ? head : headlines === 2 ? [undefined, ...head] : [undefined, head[0], undefined];
  const paragraphs = lines.slice(headlines);
  const mentionedDate = /\d{1,4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日/u.exec(paragraphs.join(''))?.[0];

  const frontmatter = frontmatterOf({
    kicker,
    title: title!,
    subtitle,
    script: written.lang,
    mentionedDate,
    description: firstSentenceOf(paragraphs[0]!),
  });
  return {
    markdown: `---\n${frontmatter}---\n\n${paragraphs.map(asParagraph).join('\n\n')}\n`,
    script: written.lang,
    placeholders: ['section', 'date', 'place', 'description'],
  };
}
