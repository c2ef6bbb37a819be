/**
 * <reader-controls>: shows the controls (they need JavaScript), reflects the
 * settings in force, and stores and applies each change at once. The settings
 * in force are the data attributes on <html>, which the boot script set from
 * storage before the first paint. Vertical writing brings its own reading
 * code (vertical-reading.ts), and the reading aid its own (reading-aid.ts),
 * each loaded only when it is chosen.
 * Runs in the browser.
 */
import { SETTINGS_KEY } from './settings.ts';
// Bundled on its own and imported by URL, which keeps Vite's preload helper out of every page (see search/site-search.ts).
import verticalReading from './vertical-reading.ts?worker&url';
import readingAid from './reading-aid.ts?worker&url';

const root = document.documentElement;

class ReaderControls extends HTMLElement {
  connectedCallback(): void {
    // The page is built with the defaults checked; a stored choice replaces its group's default.
    for (const radio of this.querySelectorAll('input'))
      if (root.dataset[radio.name] === radio.value) radio.checked = true;
    this.addEventListener('change', (event) => {
      const { name, value } = event.target as HTMLInputElement;
      root.dataset[name] = value;
      follow();
      try {
        // Read, change one, write back: a page without the writing group keeps the stored writing.
        const stored = JSON.parse(localStorage.getItem(SETTINGS_KEY) || '{}') as Record<string, string>;
        localStorage.setItem(SETTINGS_KEY, JSON.stringify({ ...stored, [name]: value }));
      } catch {
        // Without storage the setting still applies to this page.
      }
    });
    this.hidden = false;
  }
}

function follow(): void {
  const { writing, reading } = root.dataset;
  if (writing === 'vertical') void import(/* @vite-ignore */ verticalReading);
  // On any page once chosen (it does nothing but on an article), so that this code stays small.
  if (reading && reading !== 'off') void import(/* @vite-ignore */ readingAid);
}

customElements.define('reader-controls', ReaderControls);
follow();
