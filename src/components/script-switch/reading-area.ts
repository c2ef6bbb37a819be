/**
 * Where the reader is in an article: the reading area (the page below the
 * sticky header, or in 直排 the article's sideways scroll) and the paragraph
 * being read, and putting it back where it was. The script switch carries that
 * paragraph to the other variant; the share control links to it; a new text
 * size and the reading aid keep it in place. Runs in the browser.
 */
import type { Place } from './place.ts';

/**
 * How the page is read now: in vertical writing the article scrolls sideways
 * and reading starts at its right edge; otherwise the page scrolls down from
 * below the sticky header. The paragraph being read is the one that reaches a
 * reading line a third of the way into the area: a tail still showing above
 * it belongs to a paragraph already read.
 */
export function readingArea() {
  const article =
    document.documentElement.dataset['writing'] === 'vertical' ? document.querySelector<HTMLElement>('.article') : null;
  if (article) {
    const { left, right } = article.getBoundingClientRect();
    const line = right - (right - left) / 3;
    return {
      moved: article.scrollLeft !== 0,
      offsetOf: (p: HTMLElement) => right - p.getBoundingClientRect().right,
      inView: (p: HTMLElement) => p.getBoundingClientRect().left < right - 1,
      reachesLine: (p: HTMLElement) => p.getBoundingClientRect().left < line,
      scrollBy: (distance: number) => article.scrollBy(-distance, 0),
    };
  }
  const top = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  const line = top + (innerHeight - top) / 3;
  return {
    moved: window.scrollY >= 1,
    offsetOf: (p: HTMLElement) => p.getBoundingClientRect().top,
    inView: (p: HTMLElement) => p.getBoundingClientRect().bottom > top + 1,
    reachesLine: (p: HTMLElement) => p.getBoundingClientRect().bottom > line,
    scrollBy: (distance: number) => window.scrollBy(0, distance),
  };
}

/** The area as it is now. */
export type ReadingArea = ReturnType<typeof readingArea>;

/** The paragraph being read; at the end of the text no paragraph reaches the line, so the last one in view. */
export function paragraphBeingRead(area: ReadingArea = readingArea()): HTMLElement | undefined {
  const paragraphs = [...document.querySelectorAll<HTMLElement>('main [id^="p"]')];
  return paragraphs.find(area.reachesLine) ?? paragraphs.findLast(area.inView);
}

/** The paragraph being read and how far its start is from the start of the reading area, once the reader has moved. */
export function placeNow(): Place | undefined {
  const area = readingArea();
  const paragraph = area.moved ? paragraphBeingRead(area) : undefined;
  return paragraph && { id: paragraph.id, offset: area.offsetOf(paragraph) };
}

/** Scrolls a paragraph back to its place: `offset` from the start of the reading area. */
export function putBack({ id, offset }: Place): void {
  const paragraph = document.getElementById(id);
  const area = readingArea();
  if (paragraph) area.scrollBy(area.offsetOf(paragraph) - offset);
}
