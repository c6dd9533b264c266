import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  test as base,
  _electron as electron,
  expect,
  type ElectronApplication,
  type Page,
} from '@playwright/test';

import { electronUnavailableReason } from './electron-available';

/** The built main entry that `npm run build` writes. */
export const mainEntry = path.resolve(
  import.meta.dirname,
  '../../out/main/index.js',
);

/**
 * Skips every test in the calling file where the Electron binary is not
 * installed, and prints why once.
 */
export function skipWithoutElectron(): void {
  const reason = electronUnavailableReason();
  if (reason) {
    process.stdout.write(`Electron tests skipped: ${reason}\n`);
  }
  test.skip(reason !== null, `Electron tests skipped: ${reason}`);
}

export interface LaunchedApp {
  app: ElectronApplication;
  window: Page;
  dataDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** A packaged Lobbykey executable; the built `out/` otherwise. */
  executablePath?: string;
  /** Settings written to the data folder before the start. */
  settings?: Record<string, unknown>;
}

/**
 * Starts Lobbykey with its own temporary data folder, waits until the
 * renderer reports itself ready, and returns the app and its window.
 */
export async function launchLobbykey(
  options: LaunchOptions = {},
): Promise<LaunchedApp> {
  if (!options.executablePath && !existsSync(mainEntry)) {
    throw new Error(`${mainEntry} is missing; run \`npm run build\` first.`);
  }

  const dataDir = mkdtempSync(path.join(tmpdir(), 'lobbykey-electron-'));
  if (options.settings) {
    writeFileSync(
      path.join(dataDir, 'settings.json'),
      JSON.stringify(options.settings),
    );
  }

  const app = await electron.launch({
    ...(options.executablePath
      ? { executablePath: options.executablePath, args: [] }
      : { args: [mainEntry] }),
    env: { ...process.env, LOBBYKEY_DATA_DIR: dataDir },
  });
  const window = await app.firstWindow();
  await expect(window.locator('[data-app-ready="true"]')).toBeVisible();

  return {
    app,
    window,
    dataDir,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Playwright test with a `lobbykey` fixture: the app started for each test
 * with a data folder of its own, closed and deleted afterwards.
 */
export const test = base.extend<{ lobbykey: LaunchedApp }>({
  // Playwright reads a fixture's dependencies from the destructured first
  // argument, so an empty pattern is how a fixture says it has none.
  // eslint-disable-next-line no-empty-pattern
  lobbykey: async ({}, use) => {
    const lobbykey = await launchLobbykey();
    await use(lobbykey);
    await lobbykey.close();
  },
});

export { expect };
