/**
 * The reader's remembered script choice (localStorage), used only by the root page.
 * Runs in the browser.
 */
const KEY = 'script-variant';

/** Remembers the variant the reader chose. */
export function rememberVariant(segment: string): void {
  try {
    localStorage.setItem(KEY, segment);
  } catch {
    // Storage can be disabled; the choice is then simply not remembered.
  }
}

/** The variant the reader chose before, if any. */
export function rememberedVariant(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
