/**
 * Latin words in an article's Chinese text, marked as English
 * (`<span lang="en">`): a browser with hyphenation data for English then
 * breaks a long one at a syllable, with a hyphen (article.css sets `hyphens:
 * auto` on them), instead of pushing it whole to the next line and stretching
 * the line it leaves across the column; and a screen reader reads it as
 * English (WCAG 3.1.2). Only words of six letters or more with a lower-case
 * letter: acronyms (NCAA) and short words are never hyphenated. Runs at build
 * time.
 */
import type { Element, Root } from 'hast';
import { wrapMatches } from './text-spans.ts';

/** A whole word of six Latin letters or more, one of them lower-case. */
const LONG_WORD = /(?<!\p{Script=Latin})(?=\p{Script=Latin}*\p{Ll})\p{Script=Latin}{6,}(?!\p{Script=Latin})/gu;

/** Marks every long Latin word in the text below a node (not in code) as English, in place. */
export function markLatinWords(node: Root | Element): void {
  wrapMatches(node, LONG_WORD, { lang: 'en' });
}
