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
    // Many tests provoke failures on purpose; their warnings would bury the
    // report. The log files in each test's data folder keep every level.
    env: { LOBBYKEY_LOG_LEVEL: process.env.LOBBYKEY_LOG_LEVEL ?? 'error' },
  },
});
