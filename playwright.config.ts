import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/support/chromium.ts';
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
    // Playwright cannot download browsers here: see tests/support/chromium.ts.
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: [
    {
      // The site as `npm run build` left it in dist/.
      command: `astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
    },
    {
      // The site under a base path, the fixture articles and a 25-article corpus (ports 4330, 4331, 4333).
      command: 'node tests/support/fixture-sites.ts',
      url: 'http://127.0.0.1:4333/',
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
