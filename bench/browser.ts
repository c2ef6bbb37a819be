/** Headless Chromium for the bench, found and launched as the project's browser tests do. Runs in Node. */
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs } from '../tests/support/chromium.ts';
import { ensureChromium } from '../tests/support/ensure-browser.ts';

/** The Chromium binary, found as the browser tests find it: Lighthouse starts it by path. */
export const chromiumPath = ensureChromium().path;
export { chromiumArgs };

/** Launches Chromium through Playwright. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
