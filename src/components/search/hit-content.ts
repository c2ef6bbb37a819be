/**
 * How one search hit is rendered, the same in the header box and on the
 * search page: the headline with its matches marked, the day and section, then
 * the marked passage. Runs in the browser.
 */
import type { SearchHit } from './engine.ts';

/**
 * Renders one hit. On the search page the headline is a link; in the header listbox the whole option is the
 * target (an option may not hold links), so every part is plain text.
 */
export function hitContent(hit: SearchHit, asLink: boolean): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const title = document.createElement(asLink ? 'a' : 'span');
  title.className = 'search-hit__title phrased';
  if (title instanceof HTMLAnchorElement) title.href = hit.url;
  const heading = document.createElement(asLink ? 'h2' : 'span');
  heading.innerHTML = hit.titleHtml; // built from escaped text by phraseMarkup
  title.append(heading);
  const about = document.createElement('span');
  about.className = 'search-hit__about';
  const time = document.createElement('time');
  time.dateTime = hit.day;
  time.textContent = hit.date;
  about.append(time);
  if (hit.section) {
    const section = document.createElement('span');
    section.className = 'search-hit__section';
    section.textContent = hit.section;
    about.append(' · ', section);
  }
  const excerpt = document.createElement(asLink ? 'p' : 'span');
  excerpt.className = 'search-hit__excerpt';
  excerpt.innerHTML = hit.excerptHtml; // built from escaped text by markedExcerpt
  fragment.append(title, about, excerpt);
  return fragment;
}
