/**
 * Where each character is drawn and where lines break in the browser, and where BudouX's phrases end, for the
 * typography and reading-place tests. Runs in Node (Playwright); drawnTexts' function runs in the page.
 */
import type { Locator } from '@playwright/test';
import { phrasesOf } from '../../src/lib/typography/phrases.ts';

/** One character of an element's text, where it is drawn: its offset in the text and its box on screen. */
export interface CharacterBox {
  character: string;
  offset: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A matched element's text, character by character, where each is drawn, and its font size (1 em). */
export interface DrawnText {
  id: string;
  em: number;
  characters: CharacterBox[];
}

/** Where each character of every element the locator matches is drawn (characters not drawn are left out). */
export function drawnTexts(elements: Locator): Promise<DrawnText[]> {
  return elements.evaluateAll((roots) =>
    roots.map((root) => {
      const characters: CharacterBox[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let offset = 0;
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        for (let i = 0; i < node.data.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getClientRects()[0];
          if (box) {
            const { left, top, width, height } = box;
            characters.push({ character: node.data[i]!, offset: offset + i, left, top, width, height });
          }
        }
        offset += node.data.length;
      }
      return { id: root.id, em: parseFloat(getComputedStyle(root).fontSize), characters };
    }),
  );
}

/** The character offsets at which each line of an element's text starts, after the first, from where each character is drawn. */
export async function lineStarts(element: Locator): Promise<number[]> {
  const [{ characters }] = (await drawnTexts(element)) as [DrawnText];
  return characters.filter((c, i) => i > 0 && c.top > characters[i - 1]!.top + 4).map((c) => c.offset);
}

/** Offsets where a phrase of the text ends, as BudouX reads it. */
export function phraseEnds(text: string, lang: string): Set<number> {
  const ends = new Set<number>();
  let at = 0;
  for (const phrase of phrasesOf(text, lang)) ends.add((at += phrase.length));
  return ends;
}

/** What a reader sees of a headline: its text, the offsets where its lines start, and each line. */
export interface RenderedLines {
  text: string;
  starts: number[];
  lines: string[];
}

/** An element's text (as its text nodes hold it) and the lines it is drawn in. */
export async function renderedLines(element: Locator): Promise<RenderedLines> {
  const text = await element.evaluate((root) => root.textContent ?? '');
  const starts = await lineStarts(element);
  const cuts = [0, ...starts, text.length];
  return { text, starts, lines: cuts.slice(1).map((end, i) => text.slice(cuts[i], end)) };
}

/** What a reader sees as one word: a number with its decimals and percent sign, a Latin word, a 《…》 title. */
export const WHOLE_WORDS =
  /[\p{Nd}\p{Script=Latin}](?:[\p{Nd}\p{Script=Latin}.,:%-]*[\p{Nd}\p{Script=Latin}%])?|《[^》]*》/gu;

/** The whole words a line start at `at` would cut. */
export function wordsCutAt(text: string, at: number): string[] {
  return [...text.matchAll(WHOLE_WORDS)]
    .filter((word) => word.index < at && at < word.index + word[0].length)
    .map((word) => word[0]);
}
