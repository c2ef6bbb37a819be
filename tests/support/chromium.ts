/**
 * Which Chromium the browser tests and the bench run, and how it is launched.
 * The lookup order is CHROMIUM_PATH, Debian's /usr/bin/chromium, `chromium`
 * or `chromium-browser` on PATH, then the browser Playwright installed
 * itself. Runs in Node.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

/** What the lookup may look at; tests pass a fake. */
export interface BrowserSurroundings {
  env: Readonly<Record<string, string | undefined>>;
  /** Whether a file exists and can be run. */
  isExecutable(file: string): boolean;
  /** Where Playwright's own Chromium would be, installed or not. */
  playwrightChromium(): string;
}

/** A Chromium that was found, and how. */
export interface FoundBrowser {
  path: string;
  source: 'CHROMIUM_PATH' | 'system' | 'PATH' | 'playwright';
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const NAMES_ON_PATH = ['chromium', 'chromium-browser'];

/** The machine as it is. */
export const realSurroundings: BrowserSurroundings = {
  env: process.env,
  isExecutable(file) {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  playwrightChromium: () => chromium.executablePath(),
};

/** The first Chromium in the lookup order, or undefined when there is none. */
export function findChromium(surroundings: BrowserSurroundings = realSurroundings): FoundBrowser | undefined {
  const { env, isExecutable } = surroundings;
  // An explicit choice is taken as given: a wrong path should fail loudly, not fall back silently.
  if (env['CHROMIUM_PATH']) return { path: env['CHROMIUM_PATH'], source: 'CHROMIUM_PATH' };
  if (isExecutable(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: 'system' };
  for (const dir of (env['PATH'] ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of NAMES_ON_PATH) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return { path: file, source: 'PATH' };
    }
  }
  const own = surroundings.playwrightChromium();
  return isExecutable(own) ? { path: own, source: 'playwright' } : undefined;
}

/** What to do when no browser can be found or installed: the two installs that work, and CHROMIUM_PATH. */
export const MISSING_BROWSER_HELP = [
  'No Chromium for the browser tests, and Playwright could not install one.',
  'Install one of these, then run npm test again:',
  '  Debian or Ubuntu:  sudo apt-get install chromium',
  '  anywhere else:     npx playwright install --with-deps chromium',
  'or point at a Chromium or Chrome you have: CHROMIUM_PATH=/path/to/chrome npm test',
].join('\n');

// Headless as root, and without Chromium's own network chatter, which a closed network refuses.
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
