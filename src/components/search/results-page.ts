/**
 * The search page's results (<search-page>, see src/pages/[variant]/search.astro):
 * the hits for its `?q=` (and `&section=`), with the headline of each a link,
 * ten at a time behind a "more" button; the section filter with each
 * section's count; the query in the page's title and in the header box. Runs
 * in the browser, started by search-ui.ts.
 */
import { search, sourcesOf, statusText, stringsOf, type SearchHit } from './engine.ts';
import { hitContent } from './hit-content.ts';

/** Results listed at first and added by each press of "more": about two screens, so little is fetched unseen. */
const PAGE = 10;

/** A result as an item of the results list. */
function resultItem(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  item.append(hitContent(hit, true));
  return item;
}

/** Fills the search page with the results for its `?q=`, in its `&section=` when one is chosen. */
export async function fillResultsPage(page: HTMLElement): Promise<void> {
  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  const strings = stringsOf(page);
  const status = page.querySelector<HTMLElement>('[role="status"]')!;
  const list = page.querySelector('ol')!;
  const more = page.querySelector<HTMLButtonElement>('.search-page__more')!;
  const filter = page.querySelector<HTMLElement>('.search-page__sections')!;
  const links = [...filter.querySelectorAll<HTMLAnchorElement>('a[data-section]')];
  page.querySelector('input')!.value = query;
  const headerBox = document.querySelector<HTMLInputElement>('.site-search__input');
  if (headerBox) headerBox.value = query;
  if (!query.trim()) return;
  document.title = strings.queryTitle!.replace('{query}', query.trim()) + document.title.replace(/^[^|]*/, ' ');
  const section = links.find((a) => a.dataset['name'] && a.dataset['section'] === params.get('section'));
  status.textContent = strings.loading;
  try {
    const sources = sourcesOf(page);
    const [results, everywhere] = await Promise.all([
      search(query, sources, section?.dataset['name']),
      section ? search(query, sources) : undefined,
    ]);
    let shown = await results.hits(PAGE);
    list.replaceChildren(...shown.map(resultItem));
    status.textContent = statusText(results, query, strings);
    more.hidden = shown.length >= results.total;
    more.addEventListener('click', async () => {
      if (more.disabled) return;
      more.disabled = true;
      const hits = await results.hits(shown.length + PAGE).finally(() => (more.disabled = false));
      const added = hits.slice(shown.length).map(resultItem);
      list.append(...added);
      shown = hits;
      more.hidden = shown.length >= results.total;
      added[0]?.querySelector('a')?.focus();
    });
    // Each section's link says how many results it holds; sections without any are left out.
    const counts = await (everywhere ?? results).sectionCounts(links.map((a) => a.dataset['name'] ?? ''));
    for (const link of links) {
      const url = new URL(location.href);
      const name = link.dataset['name'];
      if (name) url.searchParams.set('section', link.dataset['section']!);
      else url.searchParams.delete('section');
      link.href = url.pathname + url.search;
      const count = name ? counts.get(name)! : (everywhere ?? results).total;
      link.querySelector('.search-page__count')!.textContent = String(count);
      link.parentElement!.hidden = count === 0;
      if (link === (section ?? links[0])) link.setAttribute('aria-current', 'true');
    }
    filter.hidden = false;
  } catch {
    status.textContent = strings.failed;
  }
}
