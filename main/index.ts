import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  screen,
  type WebContents,
} from 'electron';
import electronUpdater from 'electron-updater';

import { startServices } from './app/services';
import type { AppServices } from './app/types';
import { resolveAppOrigin, type AppOrigin } from './electron/app-origin';
import { guardApp, hardenChromium } from './electron/app-guards';
import { GuestActivity } from './electron/guest-activity';
import { createWindowEventSink, registerIpcHandlers } from './electron/ipc';
import { KioskLock, withKioskExit } from './electron/kiosk-lock';
import { checkNativeModules, isFatalFailure } from './electron/native-modules';
import { builtPaths, logDirFor, resolveDataDir } from './electron/paths';
import { readUpdateSchedule } from './electron/update-settings';
import { startUpdater } from './electron/updater';
import { configureLogging, createLogger } from './logging/logger';
import { createKioskWindow } from './window';

const log = createLogger('shell');

// `electron-vite dev` sets the dev server URL; `npm start` (preview) and the
// packaged app load the built page and behave as production.
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const development = Boolean(devServerUrl);

let window: BrowserWindow | null = null;
let services: AppServices | null = null;
let kioskLock: KioskLock | null = null;

function windowContents(): WebContents | null {
  return window && !window.isDestroyed() ? window.webContents : null;
}

/**
 * Points the data folder (and Chromium's profile with it) at
 * LOBBYKEY_DATA_DIR before anything reads it. The single instance lock is
 * keyed to that folder, so instances with their own folders run side by side.
 */
function prepareFolders(): string {
  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  app.setPath('userData', dataDir);

  const logFile = configureLogging({ logDir: logDirFor(dataDir) });
  log.info(`Lobbykey ${app.getVersion()} starting; log file ${logFile}`);
  return dataDir;
}

function nativeModulesLoad(): boolean {
  const failures = checkNativeModules();
  for (const failure of failures) log.error(failure.message);

  const fatal = failures.filter(isFatalFailure);
  if (fatal.length === 0) return true;

  dialog.showErrorBox(
    'Lobbykey cannot start',
    fatal.map((failure) => failure.message).join('\n\n'),
  );
  return false;
}

/**
 * Opens the app window in the mode the settings held at start.
 *
 * NOTE: a change of `settings.mode` while the app runs applies at the next
 * start; the window is not rebuilt.
 */
function openWindow(mode: 'kiosk' | 'front-desk', appOrigin: AppOrigin) {
  const paths = builtPaths(import.meta.dirname);
  // Without a menu no accelerator can reload, zoom or quit. On macOS this
  // also drops the Edit menu, so Cmd+C and Cmd+V do nothing in text fields.
  if (!development) Menu.setApplicationMenu(null);

  window = createKioskWindow(
    {
      create: (options) => new BrowserWindow(options),
      screen,
      platform: process.platform,
    },
    { mode, development, preloadPath: paths.preload },
    appOrigin,
  );
  window.on('closed', () => {
    window = null;
  });
  return window;
}

/** Wraps the service handlers with the shell's own concerns. */
function shellHandlers(
  running: AppServices,
  lock: KioskLock,
  guests: GuestActivity,
) {
  const leave = () => {
    lock.unlock();
    app.quit();
  };
  return guests.wrap(withKioskExit(running.handlers, leave));
}

async function start(dataDir: string): Promise<void> {
  if (!nativeModulesLoad()) {
    app.exit(1);
    return;
  }
  guardApp(app);

  const running = await startServices({
    dataDir,
    appVersion: app.getVersion(),
    onEvent: createWindowEventSink(windowContents),
  });
  services = running;
  const { kiosk } = await running.handlers['app:get-status']({});
  log.info(`services started (demo: ${running.demo}, mode: ${kiosk.mode})`);

  const lock = new KioskLock(kiosk.mode === 'kiosk' && !development);
  kioskLock = lock;
  const guests = new GuestActivity(
    () => (kiosk.idleTimeoutSeconds + kiosk.idleWarningSeconds) * 1000,
  );
  const appOrigin = resolveAppOrigin(
    devServerUrl,
    builtPaths(import.meta.dirname).rendererIndex,
  );
  registerIpcHandlers(
    ipcMain,
    shellHandlers(running, lock, guests),
    windowContents,
    appOrigin,
  );
  lock.guard(openWindow(kiosk.mode, appOrigin));

  startUpdater(electronUpdater.autoUpdater, {
    schedule: () => readUpdateSchedule(dataDir),
    isBusy: () => running.isBusy(),
    guestSessionActive: () => guests.isActive(),
    beforeInstall: () => lock.unlock(),
  });
}

function stopServicesThenQuit(event: Electron.Event): void {
  kioskLock?.unlock();
  const running = services;
  if (!running) return;

  // Quit waits for the services to close the database and the outbox.
  event.preventDefault();
  services = null;
  running
    .stop()
    .catch((error: unknown) => log.error('stopping services failed', error))
    .finally(() => {
      log.info('services stopped; quitting');
      app.quit();
    });
}

const dataDir = prepareFolders();
hardenChromium(app);
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('before-quit', stopServicesThenQuit);
  app.on('window-all-closed', () => app.quit());

  app
    .whenReady()
    .then(() => start(dataDir))
    .catch((error: unknown) => {
      log.error('start-up failed', error);
      dialog.showErrorBox('Lobbykey cannot start', String(error));
      app.exit(1);
    });
} else {
  log.info('another instance owns this data folder; focusing it instead');
  app.quit();
}
