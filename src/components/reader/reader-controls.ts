/**
 * <reader-controls>: shows the controls (they need JavaScript), reflects the
 * settings in force, and stores and applies each change at once. The settings
 * in force are the data attributes on <html>, which the boot script set from
 * storage before the first paint. In vertical writing the article scrolls
 * sideways, so the wheel is turned to match.
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

// Vertical text scrolls right to left: map the wheel's vertical motion onto it, only while it is vertical.
function turnWheel(event: WheelEvent): void {
  const article = (event.target as Element).closest?.('.article');
  if (!article || Math.abs(event.deltaX) > Math.abs(event.deltaY)) return;
  article.scrollLeft -= event.deltaY;
  event.preventDefault();
}

function followWriting(): void {
  if (root.dataset['writing'] === 'vertical') document.addEventListener('wheel', turnWheel, { passive: false });
  else document.removeEventListener('wheel', turnWheel);
}

customElements.define('reader-controls', ReaderControls);
followWriting();
