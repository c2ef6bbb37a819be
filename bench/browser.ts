/** Headless Chromium for the bench: the system build, launched as the project's browser tests do. */
import { chromium, type Browser } from '@playwright/test';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// No network chatter of Chromium's own, so the server's log holds only the site's requests.
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium through Playwright. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
