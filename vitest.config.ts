import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Browser tests share two cores: a few files at a time keeps them from starving each other.
    maxWorkers: 2,
    // Test files share nothing through module state; loading Playwright and the sources once per
    // worker, not once per file, took import time from 80 s to 8 s of a full run.
    isolate: false,
    reporters: ['default'],
  },
});
