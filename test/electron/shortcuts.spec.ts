import { expect, skipWithoutElectron, test, type LaunchedApp } from './app';

skipWithoutElectron();

async function windowState(app: LaunchedApp['app']) {
  return app.evaluate(({ BrowserWindow }) => {
    const windows = BrowserWindow.getAllWindows();
    const contents = windows[0]?.webContents;
    return {
      windows: windows.length,
      zoomFactor: contents?.getZoomFactor(),
      devToolsOpen: contents?.isDevToolsOpened(),
      loading: contents?.isLoading(),
    };
  });
}

/** Marks the page so that a reload, which clears the mark, shows. */
async function markPage(window: LaunchedApp['window']): Promise<void> {
  await window.evaluate(() => {
    (globalThis as { lobbykeyMark?: boolean }).lobbykeyMark = true;
  });
}

async function pageMarked(window: LaunchedApp['window']): Promise<boolean> {
  return window.evaluate(
    () => (globalThis as { lobbykeyMark?: boolean }).lobbykeyMark === true,
  );
}

for (const shortcut of ['Control+R', 'F5', 'Control+Shift+R']) {
  test(`${shortcut} does not reload`, async ({ lobbykey }) => {
    const { app, window: page } = lobbykey;
    let navigations = 0;
    page.on('framenavigated', () => (navigations += 1));
    await markPage(page);

    await page.keyboard.press(shortcut);

    expect(await pageMarked(page)).toBe(true);
    expect((await windowState(app)).loading).toBe(false);
    expect(navigations).toBe(0);
  });
}

for (const shortcut of [
  'Control+Equal',
  'Control+Minus',
  'Control+Shift+Equal',
]) {
  test(`${shortcut} does not zoom`, async ({ lobbykey }) => {
    const { app, window: page } = lobbykey;

    await page.keyboard.press(shortcut);

    expect((await windowState(app)).zoomFactor).toBe(1);
    const scale = await page.evaluate(
      () =>
        (globalThis as { visualViewport?: { scale: number } }).visualViewport
          ?.scale,
    );
    expect(scale).toBe(1);
  });
}

for (const shortcut of ['Alt+F4', 'Control+W']) {
  test(`${shortcut} does not close the kiosk`, async ({ lobbykey }) => {
    const { app, window: page } = lobbykey;

    await page.keyboard.press(shortcut);

    await expect(page.getByTestId('screen-welcome')).toBeVisible();
    expect((await windowState(app)).windows).toBe(1);
  });
}

test('window close request is refused in kiosk mode', async ({ lobbykey }) => {
  const { app, window: page } = lobbykey;

  await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]?.close(),
  );

  await expect(page.getByTestId('screen-welcome')).toBeVisible();
  expect((await windowState(app)).windows).toBe(1);
});

for (const shortcut of ['F12', 'Control+Shift+I']) {
  test(`${shortcut} does not open devtools`, async ({ lobbykey }) => {
    const { app, window: page } = lobbykey;

    await page.keyboard.press(shortcut);

    expect((await windowState(app)).devToolsOpen).toBe(false);
  });
}
