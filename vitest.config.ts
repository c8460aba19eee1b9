import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // On SQLite, two files at a time at least: on a two-core machine the default (cores - 1) runs one file at a
    // time, and much of the suite waits on a browser or a child process rather than on the processor. The
    // PostgreSQL pass keeps the default: two files at once there made migrations fail on fresh schemas
    // ("schema ... does not exist"), not yet understood.
    maxWorkers: process.env.UPAHKU_TEST_DB === 'postgres' ? undefined : Math.max(2, availableParallelism() - 1),
    reporters: ['default'],
  },
});
