/**
 * <reader-controls>: shows the controls (they need JavaScript), reflects the
 * stored settings, and stores and applies each change at once. In vertical
 * writing the article scrolls sideways, so the wheel is turned to match.
 */
import { SETTINGS_KEY, settings, type SettingName } from './settings.ts';

type Settings = Partial<Record<SettingName, string>>;

function stored(): Settings {
  try {
    return JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Settings;
  } catch {
    return {};
  }
}

class ReaderControls extends HTMLElement {
  connectedCallback(): void {
    const chosen = stored();
    const root = document.documentElement;
    for (const name of Object.keys(settings) as SettingName[]) {
      const value = chosen[name] ?? settings[name].initial;
      const radio = this.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
      if (radio) radio.checked = true;
    }
    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const name = input.name as SettingName;
      const next = { ...stored(), [name]: input.value };
      root.dataset[name] = input.value;
      followWriting();
      try {
        localStorage.setItem(SETTINGS_KEY, JSON.stringify(next));
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
  if (document.documentElement.dataset['writing'] === 'vertical') document.addEventListener('wheel', turnWheel, { passive: false });
  else document.removeEventListener('wheel', turnWheel);
}

customElements.define('reader-controls', ReaderControls);
followWriting();
