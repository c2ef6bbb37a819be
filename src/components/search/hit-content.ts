/**
 * How one search hit is rendered, the same in the header box and on the
 * search page. Runs in the browser.
 */
import type { SearchHit } from './engine.ts';

/**
 * Renders one hit: the headline, then the marked passage. On the search page
 * the headline is a link; in the header listbox the whole option is the target
 * (an option may not hold links), so both parts are plain text.
 */
export function hitContent(hit: SearchHit, asLink: boolean): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const title = document.createElement(asLink ? 'a' : 'span');
  title.className = 'search-hit__title';
  if (title instanceof HTMLAnchorElement) title.href = hit.url;
  const heading = document.createElement(asLink ? 'h2' : 'span');
  heading.textContent = hit.title;
  title.append(heading);
  const excerpt = document.createElement(asLink ? 'p' : 'span');
  excerpt.className = 'search-hit__excerpt';
  excerpt.innerHTML = hit.excerptHtml; // built from escaped text by markedExcerpt
  fragment.append(title, excerpt);
  return fragment;
}
