/**
 * The header search box, once the reader shows intent: results as the reader
 * types, arrow keys through them, Enter to open one, Escape to close; the ARIA
 * combobox-with-listbox pattern, the count announced politely. Runs in the
 * browser, started by search-ui.ts.
 */
import { loadSearchFiles, search, sourcesOf, statusText, stringsOf } from './engine.ts';
import { hitContent } from './hit-content.ts';
import type { SiteSearch } from './site-search.ts';

/** How many results the header panel lists; the search page has the rest. */
const SHOWN = 10;

/** Turns the header's search form into a combobox that lists results as the reader types. */
export function connectHeaderBox(root: SiteSearch): void {
  const sources = sourcesOf(root);
  const strings = stringsOf(root);
  const input = root.querySelector('input')!;
  const panel = root.querySelector<HTMLElement>('.site-search__panel')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLUListElement>('[role="listbox"]')!;
  // Beyond the first few results, a link to the search page, which lists them all.
  const all = document.createElement('a');
  all.className = 'site-search__all';
  all.hidden = true;
  panel.append(all);
  let active = -1;
  let latest = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  // Start Pagefind and fetch the folding table as soon as the reader is at the box, so the first results come fast.
  if (document.activeElement === input || root.matches(':hover')) void loadSearchFiles(sources);
  input.addEventListener('focus', () => void loadSearchFiles(sources));

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
  /** Shows or hides the results panel; the combobox is expanded only while it shows options. */
  const showPanel = (visible: boolean) => {
    panel.hidden = !visible;
    input.setAttribute('aria-expanded', String(visible && options().length > 0));
  };
  const closePanel = () => {
    showPanel(false);
    setActive(-1);
  };

  /** Searches for what is in the box and lists the results, unless a newer query has overtaken it. */
  const searchAsTyped = async () => {
    const query = input.value;
    const ticket = ++latest;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      all.hidden = true;
      closePanel();
      return;
    }
    showPanel(true);
    if (!list.children.length) status.textContent = strings.loading;
    let results, hits;
    try {
      results = await search(query, sources);
      if (ticket !== latest) return; // a newer query is on its way
      hits = await results.hits(SHOWN);
    } catch {
      if (ticket === latest) status.textContent = strings.failed;
      return;
    }
    if (ticket !== latest) return;
    list.replaceChildren(
      ...hits.map((hit, i) => {
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
    // Beyond the first few, the search page lists them all (and only the results shown are fetched here).
    all.hidden = results.total <= hits.length;
    all.href = `${root.querySelector('form')!.getAttribute('action')}?q=${encodeURIComponent(query.trim())}`;
    all.textContent = `${list.getAttribute('aria-label')}（${results.total}）›`;
    setActive(-1);
    showPanel(true);
  };

  // Only committed text is searched: not each step of an input method's composition (shehui → 社會).
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) void searchAsTyped();
  });
  input.addEventListener('compositionend', () => void searchAsTyped());
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
      // A search still running must not reopen the panel when its results arrive.
      latest++;
      closePanel();
      // Focus goes back to the control the reader came from by shortcut; else it stays in the box.
      const target = root.returnFocus;
      root.returnFocus = null;
      if (target && target !== document.body && target.isConnected) target.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!root.contains(event.target as Node)) closePanel();
  });
  if (input.value.trim()) void searchAsTyped();
}
