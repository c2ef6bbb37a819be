/** How this project runs Chromium, for the browser tests and the bench alike. */
import { existsSync } from 'node:fs';

/** CHROMIUM_PATH, else Debian's Chromium, else undefined (Playwright's own browser, if installed). */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// Headless as root, and without Chromium's own network chatter, which this machine's closed network refuses.
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
