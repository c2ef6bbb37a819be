/**
 * The entry of everything search does in the browser, bundled on its own and
 * inserted by <site-search> on intent (see site-search.ts); it starts itself
 * when inserted: the header box (header-box.ts), marking an arrival from a
 * result (highlight.ts) and, on the search page, its results (results-page.ts).
 * Runs in the browser.
 */
import { highlightArrival } from './highlight.ts';
import { connectHeaderBox } from './header-box.ts';
import { fillResultsPage } from './results-page.ts';
import type { SiteSearch } from './site-search.ts';
import { loadStylesheet } from '../load-stylesheet.ts';

const box = document.querySelector<SiteSearch>('site-search');
if (box) {
  // The results panel's look, which no page carries before a reader shows an intent to search.
  void loadStylesheet(box.dataset['styles']!);
  connectHeaderBox(box);
  if (new URLSearchParams(location.search).has('highlight')) void highlightArrival(box.dataset['folding']!);
}
const resultsPage = document.querySelector<HTMLElement>('search-page');
if (resultsPage) void fillResultsPage(resultsPage);
