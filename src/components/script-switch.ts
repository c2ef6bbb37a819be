/**
 * Script switching: when the reader switches script, carry the paragraph they are
 * reading to the other variant and put it back where it was on screen. Also
 * remembers the choice, which only the root page uses.
 */
import { rememberVariant } from '../lib/stored-variant.ts';

const PLACE_KEY = 'script-switch:place';

interface Place {
  id: string;
  top: number;
}

/** The first paragraph with an id whose bottom is below the sticky header. */
function paragraphInView(): HTMLElement | undefined {
  const headerBottom = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  const paragraphs = document.querySelectorAll<HTMLElement>('main [id^="p"]');
  return [...paragraphs].find((p) => p.getBoundingClientRect().bottom > headerBottom + 1);
}

// Every link to another variant (the switch, the note on a converted article) carries the place.
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-variant]');
  if (!link) return;
  rememberVariant(link.dataset['variant']!);
  // The same page in the other script: a search keeps its query, an arrival from search its marks.
  link.search = location.search;
  const paragraph = paragraphInView();
  if (!paragraph || window.scrollY < 1) return;
  const place: Place = { id: paragraph.id, top: paragraph.getBoundingClientRect().top };
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
  window.scrollBy(0, paragraph.getBoundingClientRect().top - place.top);
}

// The browser scrolls to the fragment until the page has loaded; adjust after it.
if (document.readyState === 'complete') restorePlace();
else addEventListener('load', () => requestAnimationFrame(restorePlace), { once: true });
