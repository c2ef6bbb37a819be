/**
 * <site-search>: the header search box. This part runs in the browser on every
 * page and stays tiny: it opens the box on `/` or Ctrl/⌘K, and on the first sign of
 * intent (focus, hover or the shortcut) imports the search code from the URL
 * in `data-code`. That file is bundled on its own (Vite's `?worker&url`, which
 * gives a standalone ES module's URL): a plain import('./search-ui.ts') would make
 * Vite add its 1 KB preload helper to every page (vitejs/vite#13952). On the
 * search page, and when the reader arrives from a result, it loads at once.
 */

/** Whether a key pressed in `target` types into it. */
function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

class SiteSearch extends HTMLElement {
  /** Where focus goes back to when the reader presses Escape. */
  returnFocus: HTMLElement | null = null;

  connectedCallback(): void {
    const input = this.querySelector('input')!;
    let loaded = false;
    const loadSearchCode = () => {
      if (!loaded) void import(/* @vite-ignore */ this.dataset['code']!);
      loaded = true;
    };
    const params = new URLSearchParams(location.search);
    if (params.has('highlight') || (params.get('q') && document.querySelector('search-page'))) loadSearchCode();
    input.addEventListener('focus', loadSearchCode, { once: true });
    this.addEventListener('pointerenter', loadSearchCode, { once: true });
    document.addEventListener('keydown', (event) => {
      const shortcut =
        (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !isEditable(event.target));
      if (!shortcut || event.altKey) return;
      event.preventDefault();
      if (document.activeElement !== input) this.returnFocus = document.activeElement as HTMLElement | null;
      loadSearchCode();
      input.focus();
      input.select();
    });
  }
}

customElements.define('site-search', SiteSearch);

export type { SiteSearch };
