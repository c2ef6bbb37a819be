/**
 * The search page's results (<search-page>, see src/pages/[variant]/search.astro):
 * the hits for its `?q=`, with the headline of each a link. Runs in the browser,
 * started by search-ui.ts.
 */
import { search, sourcesOf, statusText, stringsOf } from './engine.ts';
import { hitContent } from './hit-content.ts';

/** Fills the search page with the results for its `?q=`. */
export async function fillResultsPage(page: HTMLElement): Promise<void> {
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const strings = stringsOf(page);
  page.querySelector('input')!.value = query;
  if (!query.trim()) return;
  const status = page.querySelector<HTMLElement>('[role="status"]')!;
  status.textContent = strings.loading;
  let results;
  try {
    results = await search(query, sourcesOf(page));
  } catch {
    status.textContent = strings.failed;
    return;
  }
  page.querySelector('ol')!.replaceChildren(
    ...results.hits.map((hit) => {
      const item = document.createElement('li');
      item.className = 'search-hit';
      item.append(hitContent(hit, true));
      return item;
    }),
  );
  status.textContent = statusText(results, query, strings);
}
