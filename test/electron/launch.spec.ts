import { expect, test } from '@playwright/test';

import { launchLobbykey, skipWithoutElectron } from './app';

skipWithoutElectron();

test('app opens its first window on the welcome screen', async () => {
  const lobbykey = await launchLobbykey();

  await expect(lobbykey.window.getByTestId('screen-welcome')).toBeVisible();
  await expect(lobbykey.window.getByTestId('demo-badge')).toBeVisible();
  await lobbykey.close();
});

test('app runs a full-screen kiosk window', async () => {
  const lobbykey = await launchLobbykey();

  const state = await lobbykey.app.evaluate(({ BrowserWindow }) => {
    const windows = BrowserWindow.getAllWindows();
    return {
      windows: windows.length,
      kiosk: windows[0]?.isKiosk(),
      menuBar: windows[0]?.isMenuBarVisible(),
    };
  });

  expect(state).toEqual({ windows: 1, kiosk: true, menuBar: false });
  await lobbykey.close();
});

test('renderer has no Node access', async () => {
  const lobbykey = await launchLobbykey();

  const globals = await lobbykey.window.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    bridge: typeof (globalThis as { lobbykey?: unknown }).lobbykey,
  }));

  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    bridge: 'object',
  });
  await lobbykey.close();
});

test('app refuses to navigate away', async () => {
  const lobbykey = await launchLobbykey();
  const before = lobbykey.window.url();

  await lobbykey.window.evaluate(() => {
    (globalThis as unknown as { location: { href: string } }).location.href =
      'https://app.example.evil.test/';
  });

  await expect(lobbykey.window.getByTestId('screen-welcome')).toBeVisible();
  expect(lobbykey.window.url()).toBe(before);
  await lobbykey.close();
});

test('a window.open call opens nothing', async () => {
  const lobbykey = await launchLobbykey();

  const opened = await lobbykey.window.evaluate(() => {
    const open = (globalThis as { open?: (url: string) => unknown }).open;
    return open?.('https://evil.test/') ?? null;
  });

  expect(opened).toBeNull();
  expect(lobbykey.app.windows()).toHaveLength(1);
  await lobbykey.close();
});
