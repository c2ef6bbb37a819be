/**
 * Reading in 直排: the article scrolls sideways, right to left, inside a column
 * as tall as the screen. The wheel, the reading keys and a vertical swipe move
 * it along that direction, so the reader never has to find the sideways
 * scrollbar. Loaded only while vertical writing is on (see reader-controls.ts).
 * Runs in the browser.
 */
import { loadStylesheet } from '../load-stylesheet.ts';

const root = document.documentElement;
const vertical = () => root.dataset['writing'] === 'vertical';

// Chosen on this page (not before it loaded): its stylesheet is not there yet.
const styles = root.dataset['verticalStyles'];
if (styles) void loadStylesheet(styles);
const article = () => document.querySelector<HTMLElement>('.article');

/** How far a key moves the article forward (towards its end, the left), or `undefined` for other keys. */
function keyDistance(event: KeyboardEvent, box: HTMLElement): number | undefined {
  const page = box.clientWidth * 0.9;
  const line = 40;
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowLeft':
      return line;
    case 'ArrowUp':
    case 'ArrowRight':
      return -line;
    case 'PageDown':
      return page;
    case 'PageUp':
      return -page;
    case ' ':
      return event.shiftKey ? -page : page;
    case 'End':
      return box.scrollWidth;
    case 'Home':
      return -box.scrollWidth;
  }
  return undefined;
}

// Keys typed into a field, or used by a control that has focus, are not the article's.
function forControl(target: EventTarget | null): boolean {
  return target instanceof Element && !!target.closest('input, textarea, select, button, [contenteditable], [popover]');
}

/**
 * Whether a move belongs to the page rather than the column: forward once the column is at its end (the
 * page goes on below it, to 較早的報道), and back while the page is scrolled below the column's start.
 */
function pageMoves(box: HTMLElement, forward: boolean): boolean {
  return forward ? box.clientWidth - box.scrollLeft >= box.scrollWidth - 1 : scrollY > 0;
}

document.addEventListener('keydown', (event) => {
  const box = article();
  if (!vertical() || !box || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  if (forControl(event.target)) return;
  const distance = keyDistance(event, box);
  if (distance === undefined || pageMoves(box, distance > 0)) return;
  event.preventDefault();
  box.scrollBy({ left: -distance, behavior: event.repeat ? 'instant' : 'smooth' });
});

document.addEventListener(
  'wheel',
  (event) => {
    const box = vertical() && (event.target as Element).closest?.<HTMLElement>('.article');
    if (!box || Math.abs(event.deltaX) > Math.abs(event.deltaY) || pageMoves(box, event.deltaY > 0)) return;
    box.scrollLeft -= event.deltaY;
    event.preventDefault();
  },
  { passive: false },
);

// A vertical swipe moves the article (its CSS leaves vertical panning to this script); past its end, the page.
let lastY: number | undefined;
document.addEventListener('touchstart', (event) => {
  lastY = event.touches.length === 1 ? event.touches[0]!.clientY : undefined;
});
document.addEventListener(
  'touchmove',
  (event) => {
    const box = vertical() && (event.target as Element).closest?.<HTMLElement>('.article');
    const y = event.touches[0]?.clientY;
    if (!box || lastY === undefined || y === undefined) return;
    const before = box.scrollLeft;
    box.scrollLeft -= lastY - y;
    if (box.scrollLeft === before) window.scrollBy(0, lastY - y);
    lastY = y;
  },
  { passive: true },
);
export {};
