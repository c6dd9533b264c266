import { expect, skipWithoutElectron, test } from './app';

skipWithoutElectron();

test('app opens its first window on the welcome screen', async ({
  lobbykey,
}) => {
  await expect(lobbykey.window.getByTestId('screen-welcome')).toBeVisible();
  await expect(lobbykey.window.getByTestId('demo-badge')).toBeVisible();
});

test('app runs a full-screen kiosk window', async ({ lobbykey }) => {
  const state = await lobbykey.app.evaluate(({ BrowserWindow }) => {
    const windows = BrowserWindow.getAllWindows();
    return {
      windows: windows.length,
      kiosk: windows[0]?.isKiosk(),
      menuBar: windows[0]?.isMenuBarVisible(),
    };
  });

  expect(state).toEqual({ windows: 1, kiosk: true, menuBar: false });
});

test('renderer has no Node access', async ({ lobbykey }) => {
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
});

test('app refuses to navigate away', async ({ lobbykey }) => {
  const before = lobbykey.window.url();

  await lobbykey.window.evaluate(() => {
    (globalThis as unknown as { location: { href: string } }).location.href =
      'https://app.example.evil.test/';
  });

  await expect(lobbykey.window.getByTestId('screen-welcome')).toBeVisible();
  expect(lobbykey.window.url()).toBe(before);
});

test('a window.open call opens nothing', async ({ lobbykey }) => {
  const opened = await lobbykey.window.evaluate(() => {
    const open = (globalThis as { open?: (url: string) => unknown }).open;
    return open?.('https://evil.test/') ?? null;
  });

  expect(opened).toBeNull();
  expect(lobbykey.app.windows()).toHaveLength(1);
});
