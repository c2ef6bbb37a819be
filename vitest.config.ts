/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run `astro build`, which takes seconds.
    testTimeout: 120_000,
    // Concurrent tests each run a build: two at a time, one per core.
    maxConcurrency: 2,
  },
});
