/** Finding a browser for the tests: the lookup order, and the message when there is none to be had. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findChromium, type BrowserSurroundings } from '../support/chromium.ts';
import { ensureChromium } from '../support/ensure-browser.ts';

const PLAYWRIGHT = '/home/reader/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

/** A machine with exactly these executable files and this environment. */
function machine(files: string[], env: Record<string, string> = {}): BrowserSurroundings & { files: Set<string> } {
  const set = new Set(files);
  return { files: set, env, isExecutable: (f) => set.has(f), playwrightChromium: () => PLAYWRIGHT };
}

describe('the browser lookup', () => {
  const everything = ['/usr/bin/chromium', '/opt/bin/chromium', '/snap/bin/chromium-browser', PLAYWRIGHT];
  const PATH = ['/opt/bin', '/snap/bin'].join(path.delimiter);

  test('CHROMIUM_PATH comes first, taken as given', () => {
    expect(findChromium(machine(everything, { CHROMIUM_PATH: '/my/chrome', PATH }))).toEqual({
      path: '/my/chrome',
      source: 'CHROMIUM_PATH',
    });
  });
  test("then Debian's /usr/bin/chromium", () => {
    expect(findChromium(machine(everything, { PATH }))).toEqual({ path: '/usr/bin/chromium', source: 'system' });
  });
  test('then chromium or chromium-browser on PATH, in PATH order', () => {
    expect(findChromium(machine(everything.slice(1), { PATH }))).toEqual({ path: '/opt/bin/chromium', source: 'PATH' });
    expect(findChromium(machine(everything.slice(2), { PATH }))).toEqual({
      path: '/snap/bin/chromium-browser',
      source: 'PATH',
    });
  });
  test('then the browser Playwright installed', () => {
    expect(findChromium(machine([PLAYWRIGHT], { PATH }))).toEqual({ path: PLAYWRIGHT, source: 'playwright' });
  });
  test('else nothing', () => {
    expect(findChromium(machine([], { PATH }))).toBeUndefined();
  });
});

describe('when no browser is found', () => {
  test("Playwright's Chromium is installed, said in one line, and used", () => {
    const bare = machine([], { PATH: '/usr/bin' });
    const said: string[] = [];
    const found = ensureChromium(
      bare,
      () => (bare.files.add(PLAYWRIGHT), true),
      (line) => said.push(line),
    );
    expect(found).toEqual({ path: PLAYWRIGHT, source: 'playwright' });
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/installing Playwright’s Chromium/);
  });

  test('and the install fails, the message names the remedies', () => {
    const run = () =>
      ensureChromium(
        machine([], { PATH: '/usr/bin' }),
        () => false,
        () => {},
      );
    expect(run).toThrow(/apt-get install chromium/);
    expect(run).toThrow(/npx playwright install --with-deps chromium/);
    expect(run).toThrow(/CHROMIUM_PATH=/);
  });
});
