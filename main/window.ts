import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Screen,
} from 'electron';

import type { KioskSettings } from '../preload/contract';
import type { AppOrigin } from './electron/app-origin';
import { attachCrashRecovery } from './electron/crash-recovery';
import { applyContentSecurityPolicy } from './electron/content-security-policy';
import { blockForeignNavigation } from './electron/navigation';
import { denyAllPermissions } from './electron/permissions';
import { blockKioskShortcuts } from './electron/shortcuts';
import { lockZoom } from './electron/zoom';
import { createLogger } from './logging/logger';

const log = createLogger('window');

/** The background the window paints before the first frame arrives. */
export const WINDOW_BACKGROUND = '#0b1b2b';

export interface WindowConfig {
  /** `kiosk`: full screen, no frame; `front-desk`: a normal window. */
  mode: KioskSettings['mode'];
  /** Development builds keep devtools and reload. */
  development: boolean;
  /** Absolute path of the CommonJS preload, `out/preload/index.cjs`. */
  preloadPath: string;
}

/**
 * Returns the options of the app window. The renderer gets no Node access,
 * runs sandboxed with context isolation, and keeps web security; the window
 * stays hidden until its first paint.
 */
export function kioskWindowOptions(
  config: WindowConfig,
): BrowserWindowConstructorOptions {
  const kiosk = config.mode === 'kiosk';

  return {
    width: 1280,
    height: 900,
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    kiosk,
    fullscreen: kiosk,
    frame: !kiosk,
    autoHideMenuBar: true,
    minimizable: !kiosk,
    // No `closable: false`: on Windows and Linux, Electron's
    // NativeWindowViews::Close then cancels every close, app.quit()
    // included. KioskLock holds the kiosk window open instead.
    webPreferences: {
      preload: config.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: config.development,
      safeDialogs: true,
    },
  };
}

/** Loads the app's start page: the dev server URL, or the built page. */
export function loadStartPage(
  window: Pick<BrowserWindow, 'loadURL' | 'loadFile'>,
  appOrigin: AppOrigin,
): Promise<void> {
  if (appOrigin.kind === 'http') return window.loadURL(appOrigin.url);
  return window.loadFile(appOrigin.indexPath);
}

export interface KioskWindowDeps {
  /** Creates the window, `(options) => new BrowserWindow(options)`. */
  create: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  screen: Pick<Screen, 'on'>;
  platform: NodeJS.Platform;
}

/**
 * Creates the app window with every hardening in place, then loads the
 * start page at once: Playwright's `firstWindow()` reports a window only
 * after it loaded a URL, so there is no blank window first. The context
 * menu stays off because no `context-menu` listener builds one.
 */
export function createKioskWindow(
  deps: KioskWindowDeps,
  config: WindowConfig,
  appOrigin: AppOrigin,
): BrowserWindow {
  const window = deps.create(kioskWindowOptions(config));
  const contents = window.webContents;

  applyContentSecurityPolicy(contents.session);
  denyAllPermissions(contents.session);
  blockForeignNavigation(contents, appOrigin);
  blockKioskShortcuts(contents, deps.platform, config);
  lockZoom(contents, deps.screen);
  attachCrashRecovery(contents, () => loadStartPage(window, appOrigin));

  window.once('ready-to-show', () => window.show());
  loadStartPage(window, appOrigin).catch((error: unknown) => {
    log.error('loading the start page failed', error);
  });
  return window;
}
