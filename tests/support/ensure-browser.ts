/**
 * `npm run test:browser` runs this first: it finds a Chromium (see
 * chromium.ts); when there is none, it installs Playwright's own, the
 * ecosystem's way, and when that fails it stops with one message naming the
 * remedies instead of a wall of failed tests. Runs in Node.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import {
  MISSING_BROWSER_HELP,
  findChromium,
  realSurroundings,
  type BrowserSurroundings,
  type FoundBrowser,
} from './chromium.ts';

/** Installs Playwright's Chromium (the version the pinned @playwright/test expects); true when it worked. */
export function installPlaywrightChromium(): boolean {
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  return spawnSync(process.execPath, [cli, 'install', 'chromium'], { stdio: 'inherit' }).status === 0;
}

/** A browser for the tests: found, or installed; throws the remedies when neither works. */
export function ensureChromium(
  surroundings: BrowserSurroundings = realSurroundings,
  install: () => boolean = installPlaywrightChromium,
  say: (line: string) => void = console.log,
): FoundBrowser {
  const found = findChromium(surroundings);
  if (found) return found;
  say('No Chromium found (CHROMIUM_PATH, /usr/bin/chromium, PATH, Playwright): installing Playwright’s Chromium…');
  const installed = install() ? findChromium(surroundings) : undefined;
  if (!installed) throw new Error(MISSING_BROWSER_HELP);
  return installed;
}

if (import.meta.main) {
  try {
    const { path, source } = ensureChromium();
    console.log(`browser tests use ${path} (${source})`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
