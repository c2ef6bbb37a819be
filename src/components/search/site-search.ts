/**
 * <site-search>: the header search box. This part loads with every page and
 * stays tiny: it opens the box on `/` or Ctrl/⌘K and loads the search UI on
 * the first sign of intent (focus, hover or the shortcut).
 */

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

class SiteSearch extends HTMLElement {
  /** Where focus goes back to when the reader presses Escape. */
  returnFocus: HTMLElement | null = null;
  #loading: Promise<unknown> | undefined;

  connectedCallback(): void {
    const input = this.querySelector('input')!;
    const intent = () => {
      this.#loading ??= import('./search-ui').then((ui) => ui.attach(this));
    };
    input.addEventListener('focus', intent, { once: true });
    this.addEventListener('pointerenter', intent, { once: true });
    document.addEventListener('keydown', (event) => {
      const shortcut = (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !isEditable(event.target));
      if (!shortcut || event.altKey) return;
      event.preventDefault();
      if (document.activeElement !== input) this.returnFocus = document.activeElement as HTMLElement | null;
      intent();
      input.focus();
      input.select();
    });
  }
}

customElements.define('site-search', SiteSearch);

export type { SiteSearch };
