/**
 * Keeping the reader's place: when the reader switches script, carry the
 * paragraph they are reading, and where it is on screen, to the other variant
 * (whose boot script puts it back, boot-script.ts); when they choose a new text
 * size, put it back where it was. Also remembers the chosen script, which only
 * the root page uses. Runs in the browser.
 */
import { rememberVariant } from './remembered-variant.ts';
import { PLACE_KEY } from './place.ts';
import { placeNow, putBack } from './reading-area.ts';

// Every link to another variant (the switch, the note on a converted article) carries the place,
// and so does the share link, whose page then offers a link to the paragraph being read.
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-variant],a[data-place]');
  if (!link) return;
  const variant = link.dataset['variant'];
  if (variant) {
    rememberVariant(variant);
    // The same page in the other script: a search keeps its query, an arrival from search its marks.
    link.search = location.search;
  }
  const place = placeNow();
  if (!place) return;
  sessionStorage.setItem(PLACE_KEY, JSON.stringify(place));
  link.hash = place.id;
});

// A new text size (which reader-controls.ts applies as the change reaches it) reflows the article: noted
// here first, in the capture phase, the paragraph being read is put back where it was before the next frame.
document.addEventListener(
  'change',
  (event) => {
    const place = (event.target as HTMLInputElement).name === 'textSize' && placeNow();
    if (place) requestAnimationFrame(() => putBack(place));
  },
  true,
);
