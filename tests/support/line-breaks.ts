/** Where lines break in the browser, and where BudouX's phrases end, for the phrase-breaking tests. Runs in Node (Playwright). */
import type { Locator } from '@playwright/test';
import { phrasesOf } from '../../src/lib/typography/phrases.ts';

/** The character offsets at which each line of an element's text starts, after the first, from where each character is drawn. */
export function lineStarts(element: Locator): Promise<number[]> {
  return element.evaluate((root) => {
    const starts: number[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let offset = 0;
    let lastTop: number | undefined;
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const top = range.getClientRects()[0]?.top;
        if (top === undefined) continue;
        if (lastTop !== undefined && top > lastTop + 4) starts.push(offset + i);
        lastTop = top;
      }
      offset += node.data.length;
    }
    return starts;
  });
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
