/**
 * <reader-controls>: shows the controls (they need JavaScript), reflects the
 * settings in force, and stores and applies each change at once. The settings
 * in force are the data attributes on <html>, which the boot script set from
 * storage before the first paint. Vertical writing brings its own reading
 * code (vertical-reading.ts), loaded only when it is chosen.
 * Runs in the browser.
 */
import { SETTINGS_KEY, settings, type SettingName } from './settings.ts';

const names = Object.keys(settings) as SettingName[];
const root = document.documentElement;

class ReaderControls extends HTMLElement {
  connectedCallback(): void {
    for (const name of names) {
      const radio = this.querySelector<HTMLInputElement>(
        `input[name="${name}"][value="${root.dataset[name] ?? settings[name].initial}"]`,
      );
      if (radio) radio.checked = true;
    }
    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      root.dataset[input.name] = input.value;
      followWriting();
      try {
        localStorage.setItem(
          SETTINGS_KEY,
          JSON.stringify(Object.fromEntries(names.map((name) => [name, root.dataset[name]]))),
        );
      } catch {
        // Without storage the setting still applies to this page.
      }
    });
    this.hidden = false;
  }
}

function followWriting(): void {
  if (root.dataset['writing'] === 'vertical') void import('./vertical-reading.ts');
}

customElements.define('reader-controls', ReaderControls);
followWriting();
