import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one worker on the two-core CI
    // machine, where the test files wait on PostgreSQL and Chromium half the time. Two workers
    // there cut the run by a quarter (README, "Tests").
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default'],
  },
});
