import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Keychain and SQLite tests touch real shared resources; files still run
    // in parallel, each with its own data folder.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
