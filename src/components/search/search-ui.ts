/**
 * Everything search does in the browser, in one script that <site-search>
 * inserts on intent (see site-search.ts): the header box (results as the reader
 * types, arrow keys through them, Enter to open one, Escape to close; the ARIA
 * combobox-with-listbox pattern, the count announced politely), the search
 * page, and marking an arrival from a result. It starts itself when inserted.
 */
import { preload, search, sourcesOf, statusText, type SearchHit } from './engine.ts';
import { highlightArrival } from './highlight.ts';
import type { SiteSearch } from './site-search.ts';

/** The strings the server hands over in `data-strings` (see SiteSearch.astro). */
interface Strings {
  results: string;
  noResults: string;
  loading: string;
  failed: string;
}

/**
 * Renders one hit: the headline, then the marked passage. On the search page
 * the headline is a link; in the header listbox the whole option is the target
 * (an option may not hold links), so both parts are plain text.
 */
function hitContent(hit: SearchHit, asLink: boolean): DocumentFragment {
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

/** Wires up the header search box. */
function attach(root: SiteSearch): void {
  const sources = sourcesOf(root);
  const strings = JSON.parse(root.dataset['strings']!) as Strings;
  const input = root.querySelector('input')!;
  const panel = root.querySelector<HTMLElement>('.site-search__panel')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLUListElement>('[role="listbox"]')!;
  let active = -1;
  let latest = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  // Fetch Pagefind as soon as the reader is at the box, so the first results come fast.
  if (document.activeElement === input || root.matches(':hover')) void preload(sources);
  input.addEventListener('focus', () => void preload(sources));

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  /** Makes option `index` the active one; -1 for none. */
  const setActive = (index: number) => {
    const all = options();
    active = index < all.length ? index : -1;
    all.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', all[active]!.id);
      all[active]!.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = (isOpen: boolean) => {
    panel.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen && options().length > 0));
  };
  const close = () => {
    open(false);
    setActive(-1);
  };

  const run = async () => {
    const query = input.value;
    const ticket = ++latest;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      close();
      return;
    }
    open(true);
    if (!list.children.length) status.textContent = strings.loading;
    let results;
    try {
      results = await search(query, sources);
    } catch {
      if (ticket === latest) status.textContent = strings.failed;
      return;
    }
    if (ticket !== latest) return; // a newer query is on its way
    list.replaceChildren(
      ...results.hits.map((hit, i) => {
        const option = document.createElement('li');
        option.id = `site-search-option-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.className = 'search-hit';
        option.dataset['href'] = hit.url;
        option.append(hitContent(hit, false));
        return option;
      }),
    );
    status.textContent = statusText(results, query, strings);
    setActive(-1);
    open(true);
  };

  input.addEventListener('input', () => void run());
  list.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (option) location.assign(option.dataset['href']!);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (panel.hidden) return;
      event.preventDefault();
      const count = options().length;
      if (!count) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      location.assign(options()[active]!.dataset['href']!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
      const target = root.returnFocus;
      root.returnFocus = null;
      if (target && target !== document.body && target.isConnected) target.focus();
      else input.blur();
    }
  });
  document.addEventListener('click', (event) => {
    if (!root.contains(event.target as Node)) close();
  });
  if (input.value.trim()) void run();
}

/** Fills the search page with the results for its `?q=`. */
async function showResultsPage(page: HTMLElement): Promise<void> {
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const strings = JSON.parse(page.dataset['strings']!) as Strings;
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

const box = document.querySelector<SiteSearch>('site-search');
if (box) {
  attach(box);
  if (new URLSearchParams(location.search).has('highlight')) void highlightArrival(box.dataset['folding']!);
}
const resultsPage = document.querySelector<HTMLElement>('search-page');
if (resultsPage) void showResultsPage(resultsPage);
