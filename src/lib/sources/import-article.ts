/**
 * Importing a plain-text article (headline lines, then paragraphs) as a
 * Markdown entry: the documented normalisation, the script detected, garbled
 * text refused, and frontmatter with what could be found and clearly marked
 * placeholders for what could not.
 */
import { scriptOf } from '../conversion/convert.ts';
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

/** A YAML scalar: plain when that is safe, else double-quoted. */
function yamlValue(text: string): string {
  return /^[^\s:#'"{}[\],&*!|>%@`?-][^:#]*$/u.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
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
  if (headlines === 0) throw new Error(`${file}: no headline: the first line should be the headline, before the paragraphs`);
  const head = lines.slice(0, headlines);
  const [kicker, title, subtitle] = headlines === 3 ? head : headlines === 2 ? [undefined, ...head] : [undefined, head[0], undefined];
  const paragraphs = lines.slice(headlines);
  const firstSentence = firstSentenceOf(paragraphs[0]!);
  const mentionedDate = /\d{1,4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日/u.exec(paragraphs.join(''))?.[0];

  const frontmatter = [
    kicker && `kicker: ${yamlValue(kicker)}`,
    `title: ${yamlValue(title!)}`,
    subtitle && `subtitle: ${yamlValue(subtitle)}`,
    `script: ${written.lang}`,
    `date: TODO # 待填 / to fill in: the day of the events, YYYY-MM-DD${mentionedDate ? ` (the text says ${mentionedDate})` : ''}`,
    `# place: TODO # 待填 / to fill in: the dateline place, or leave out`,
    `description: ${yamlValue(firstSentence)} # from the first sentence: check it reads as a summary`,
  ].filter(Boolean);
  return {
    markdown: `---\n${frontmatter.join('\n')}\n---\n\n${paragraphs.map(asParagraph).join('\n\n')}\n`,
    script: written.lang,
    placeholders: ['date', 'place', 'description'],
  };
}
