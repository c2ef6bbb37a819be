import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Playwright cannot download browsers here: use CHROMIUM_PATH, then Debian's
// Chromium, then Playwright's own browser if one is installed.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = 4329;

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      // The site as `npm run build` left it in dist/.
      command: `astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
    },
    {
      // The site under a base path, and the fixture articles (ports 4330, 4331).
      command: 'node tests/fixture-sites.ts',
      url: 'http://127.0.0.1:4331/',
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      // `astro dev`, where the conversion review pages live; with its own content cache.
      command: 'astro dev --host 127.0.0.1 --port 4332',
      url: 'http://127.0.0.1:4332/review/yancheng-social-work-conference/',
      reuseExistingServer: false,
      timeout: 120_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: 'node_modules/.cache/astro-dev' },
    },
  ],
});
