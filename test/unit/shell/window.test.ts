import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { describe, expect, it } from 'vitest';

import { resolveAppOrigin } from '../../../main/electron/app-origin';
import { CONTENT_SECURITY_POLICY } from '../../../main/electron/content-security-policy';
import {
  createKioskWindow,
  kioskWindowOptions,
  WINDOW_BACKGROUND,
} from '../../../main/window';
import { FakeBrowserWindow, FakeEvent, FakeScreen } from './fake-electron';

const preloadPath = '/opt/lobbykey/out/preload/index.cjs';
const indexPath = path.resolve('/opt/lobbykey/out/renderer/index.html');
const appOrigin = resolveAppOrigin(undefined, indexPath);

describe('kioskWindowOptions', () => {
  const options = kioskWindowOptions({
    mode: 'kiosk',
    development: false,
    preloadPath,
  });
  const web = options.webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', false],
    ['devTools', false],
  ] as const)('sets webPreferences.%s to %s', (name, value) => {
    expect(web[name]).toBe(value);
  });

  it('loads the CommonJS preload', () => {
    expect(web.preload).toBe(preloadPath);
  });

  it('stays hidden until the first paint', () => {
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toBe(WINDOW_BACKGROUND);
  });

  it('runs full screen without a frame in kiosk mode', () => {
    expect(options.kiosk).toBe(true);
    expect(options.fullscreen).toBe(true);
    expect(options.frame).toBe(false);
    expect(options.minimizable).toBe(false);
  });

  it('leaves the window closable so app.quit() works', () => {
    expect(options.closable).toBeUndefined();
  });

  it('opens a normal window at the front desk', () => {
    const desk = kioskWindowOptions({
      mode: 'front-desk',
      development: false,
      preloadPath,
    });

    expect(desk.kiosk).toBe(false);
    expect(desk.fullscreen).toBe(false);
    expect(desk.frame).toBe(true);
    expect(desk.minimizable).toBe(true);
  });

  it('allows devtools only in development', () => {
    const dev = kioskWindowOptions({
      mode: 'kiosk',
      development: true,
      preloadPath,
    });

    expect(dev.webPreferences?.devTools).toBe(true);
  });
});

// The real BrowserWindow needs the Electron binary, which cannot run here,
// so these tests drive the hardening through the fakes in fake-electron.ts.
function openFakeWindow(mode: 'kiosk' | 'front-desk' = 'kiosk') {
  const screen = new FakeScreen();
  let created: FakeBrowserWindow | null = null;
  createKioskWindow(
    {
      create: (options) => {
        created = new FakeBrowserWindow(options);
        return created.asBrowserWindow();
      },
      screen: screen.asScreen(),
      platform: 'win32',
    },
    { mode, development: false, preloadPath },
    appOrigin,
  );
  if (!created) throw new Error('createKioskWindow created no window');
  return { window: created as FakeBrowserWindow, screen };
}

describe('createKioskWindow', () => {
  it('loads the start page at once', () => {
    const { window } = openFakeWindow();

    expect(window.loaded).toEqual([{ kind: 'file', target: indexPath }]);
    expect(window.visible).toBe(false);
  });

  it('shows the window when it is ready to show', () => {
    const { window } = openFakeWindow();

    window.emit('ready-to-show');

    expect(window.visible).toBe(true);
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])(
    'blocks %s to another origin',
    (name) => {
      const { window } = openFakeWindow();
      const event = new FakeEvent('https://app.example.evil.test/');

      window.webContents.emit(name, event);

      expect(event.defaultPrevented).toBe(true);
    },
  );

  it('allows navigation within the app page', () => {
    const { window } = openFakeWindow();
    const event = new FakeEvent(`${pathToFileURL(indexPath).href}#/staff`);

    window.webContents.emit('will-navigate', event);

    expect(event.defaultPrevented).toBe(false);
  });

  it('blocks a dropped file', () => {
    const { window } = openFakeWindow();
    const event = new FakeEvent('file:///home/guest/passport.jpg');

    window.webContents.emit('will-navigate', event);

    expect(event.defaultPrevented).toBe(true);
  });

  it('denies every new window', () => {
    const { window } = openFakeWindow();

    const decision = window.webContents.windowOpenHandler?.({
      url: pathToFileURL(indexPath).href,
    });

    expect(decision).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    const { window } = openFakeWindow();
    const session = window.webContents.session;
    let granted: boolean | null = null;

    session.permissionRequestHandler?.(null, 'media', (answer) => {
      granted = answer;
    });

    expect(granted).toBe(false);
    expect(session.permissionCheckHandler?.()).toBe(false);
  });

  it('sets the policy header on the window session', () => {
    const { window } = openFakeWindow();
    let headers: Record<string, string[] | string> | undefined;

    window.webContents.session.headersListener?.({}, (response) => {
      headers = response.responseHeaders;
    });

    expect(headers?.['Content-Security-Policy']).toEqual([
      CONTENT_SECURITY_POLICY,
    ]);
  });

  it('locks zoom at once', () => {
    const { window } = openFakeWindow();

    expect(window.webContents.zoomLimits).toEqual([1, 1]);
    expect(window.webContents.zoomFactor).toBe(1);
  });

  it.each(['display-added', 'display-removed', 'display-metrics-changed'])(
    'locks zoom again on %s',
    (name) => {
      const { window, screen } = openFakeWindow();
      const before = window.webContents.zoomResets;

      screen.emit(name);

      expect(window.webContents.zoomResets).toBe(before + 1);
    },
  );

  it.each(['did-finish-load', 'zoom-changed'])(
    'locks zoom again on %s',
    (name) => {
      const { window } = openFakeWindow();
      const before = window.webContents.zoomResets;

      window.webContents.emit(name, new FakeEvent());

      expect(window.webContents.zoomResets).toBe(before + 1);
    },
  );

  function pressKey(window: FakeBrowserWindow, key: string, control: boolean) {
    const event = new FakeEvent();
    window.webContents.emit('before-input-event', event, {
      type: 'keyDown',
      key,
      code: `Key${key.toUpperCase()}`,
      control,
      meta: false,
      alt: false,
      shift: false,
    });
    return event;
  }

  it('swallows Ctrl+R before the page sees it', () => {
    const { window } = openFakeWindow();

    expect(pressKey(window, 'r', true).defaultPrevented).toBe(true);
  });

  it('lets typing reach the page', () => {
    const { window } = openFakeWindow();

    expect(pressKey(window, 'a', false).defaultPrevented).toBe(false);
  });

  it('builds no context menu', () => {
    const { window } = openFakeWindow();

    expect(window.webContents.listenerCount('context-menu')).toBe(0);
  });
});
