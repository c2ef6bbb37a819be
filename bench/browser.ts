/** Headless Chromium for the bench: the system build, launched as the project's browser tests do. */
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath as found } from '../tests/support/chromium.ts';

/** The Chromium binary: Lighthouse starts it by path, so the bench needs a real one. */
export const chromiumPath = found ?? '/usr/bin/chromium';
export { chromiumArgs };

/** Launches Chromium through Playwright. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
