import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/support/chromium.ts';
import { PORTS, originOf } from './tests/support/sites.ts';

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: originOf('main'),
    browserName: 'chromium',
    // `npm run test:browser` has made sure there is one (tests/support/ensure-browser.ts).
    launchOptions: { executablePath: findChromium()?.path, args: chromiumArgs },
  },
  webServer: [
    {
      // The site as `npm run build` left it in dist/.
      command: `astro preview --host 127.0.0.1 --port ${PORTS.main} --ignore-lock`,
      url: `${originOf('main')}/`,
      reuseExistingServer: false,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
    },
    {
      // The site under a base path, the fixture articles and a corpus, served by tests/support/fixture-sites.ts.
      command: 'node tests/support/fixture-sites.ts',
      url: `${originOf('archive')}/`,
      reuseExistingServer: false,
      // Four builds from cold, two of them making the fixture photos with sharp.
      timeout: 300_000,
    },
    {
      // `astro dev`, where the conversion review pages live; with its own content cache.
      command: `astro dev --host 127.0.0.1 --port ${PORTS.dev}`,
      url: `${originOf('dev')}/review/yancheng-social-work-conference/`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: 'node_modules/.cache/astro-dev' },
    },
  ],
});
