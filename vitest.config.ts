import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Browser tests share two cores: a few files at a time keeps them from starving each other.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
