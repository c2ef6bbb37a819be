/**
 * Script switching: when the reader switches script, carry the paragraph they are
 * reading to the other variant and put it back where it was on screen, in
 * horizontal or vertical writing. Also remembers the choice, which only the
 * root page uses. Runs in the browser.
 */
import { rememberVariant } from './remembered-variant.ts';
import { PLACE_KEY, type Place } from './place.ts';

/**
 * How the page is read now: in vertical writing the article scrolls sideways
 * and reading starts at its right edge; otherwise the page scrolls down from
 * below the sticky header. The paragraph being read is the one that reaches a
 * reading line a third of the way into the area: a tail still showing above
 * it belongs to a paragraph already read.
 */
function readingArea() {
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

// Every link to another variant (the switch, the note on a converted article) carries the place.
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-variant]');
  if (!link) return;
  rememberVariant(link.dataset['variant']!);
  // The same page in the other script: a search keeps its query, an arrival from search its marks.
  link.search = location.search;
  const area = readingArea();
  const paragraphs = [...document.querySelectorAll<HTMLElement>('main [id^="p"]')];
  // At the end of the text no paragraph reaches the line: the last one in view is being read.
  const paragraph = paragraphs.find(area.reachesLine) ?? paragraphs.findLast(area.inView);
  if (!paragraph || !area.moved) return;
  const place: Place = { id: paragraph.id, offset: area.offsetOf(paragraph) };
  sessionStorage.setItem(PLACE_KEY, JSON.stringify(place));
  link.hash = paragraph.id;
});

/** Puts the paragraph carried over from the other variant back at its place on screen. */
function restorePlace(): void {
  const saved = sessionStorage.getItem(PLACE_KEY);
  if (!saved) return;
  sessionStorage.removeItem(PLACE_KEY);
  const place = JSON.parse(saved) as Place;
  const paragraph = document.getElementById(place.id);
  if (!paragraph || location.hash !== `#${place.id}`) return;
  // The boot script kept the tint off this arrival; a permalink followed later is tinted again.
  addEventListener('hashchange', () => delete document.documentElement.dataset['switched'], { once: true });
  const area = readingArea();
  area.scrollBy(area.offsetOf(paragraph) - place.offset);
}

// The browser scrolls to the fragment until the page has loaded; adjust after it.
if (document.readyState === 'complete') restorePlace();
else addEventListener('load', () => requestAnimationFrame(restorePlace), { once: true });
