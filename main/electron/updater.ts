import type { AppUpdater } from 'electron-updater';

import { createLogger } from '../logging/logger';
import {
  isQuietHour,
  shouldInstallNow,
  updatesEnabled,
  type UpdateSchedule,
} from './update-policy';

const log = createLogger('updater');

/** How often the updater looks at the clock and the kiosk's state. */
export const UPDATE_TICK_MS = 10 * 60_000;
/** Minimum time between two feed checks, so one quiet window checks once. */
export const MIN_CHECK_INTERVAL_MS = 6 * 60 * 60_000;

/** The part of electron-updater's `autoUpdater` that the kiosk uses. */
export type UpdaterClient = Pick<
  AppUpdater,
  | 'autoDownload'
  | 'autoInstallOnAppQuit'
  | 'logger'
  | 'on'
  | 'setFeedURL'
  | 'checkForUpdates'
  | 'quitAndInstall'
>;

export interface UpdaterOptions {
  /** Reads the current schedule; settings may change while the app runs. */
  schedule: () => UpdateSchedule;
  /** True while a guest request is in flight. */
  isBusy: () => boolean;
  /** True while a guest is at the screen. */
  guestSessionActive: () => boolean;
  /** Runs right before quitAndInstall, to release the kiosk lock. */
  beforeInstall: () => void;
  now?: () => Date;
}

/**
 * Checks the generic feed in the quiet hours, downloads in the background
 * and installs only when `shouldInstallNow` allows it. Returns a function
 * that stops the timer.
 */
export function startUpdater(
  updater: UpdaterClient,
  options: UpdaterOptions,
): () => void {
  const now = options.now ?? (() => new Date());
  let downloaded = false;
  let lastCheckAt = Number.NEGATIVE_INFINITY;
  let feedUrl = '';

  updater.logger = log;
  updater.autoDownload = true;
  // An install on quit could start while a guest is at the screen.
  updater.autoInstallOnAppQuit = false;
  updater.on('update-downloaded', (info) => {
    downloaded = true;
    log.info(`update ${info.version} downloaded; installing when idle`);
  });
  updater.on('error', (error) => log.error('update failed', error));

  const installIfIdle = (quietHour: boolean): boolean => {
    const state = {
      downloaded,
      quietHour,
      busy: options.isBusy(),
      guestSessionActive: options.guestSessionActive(),
    };
    if (!shouldInstallNow(state)) return false;

    log.info('kiosk is idle in the quiet hours; installing the update');
    options.beforeInstall();
    updater.quitAndInstall(true, true);
    return true;
  };

  const checkIfDue = (schedule: UpdateSchedule, quietHour: boolean) => {
    const due = now().getTime() - lastCheckAt >= MIN_CHECK_INTERVAL_MS;
    if (!quietHour || downloaded || !due) return;

    if (schedule.feedUrl !== feedUrl) {
      feedUrl = schedule.feedUrl;
      updater.setFeedURL({ provider: 'generic', url: feedUrl });
    }
    lastCheckAt = now().getTime();
    log.info('checking for updates');
    updater.checkForUpdates().catch((error: unknown) => {
      log.error('update check failed', error);
    });
  };

  const tick = () => {
    const schedule = options.schedule();
    if (!updatesEnabled(schedule)) return;

    const quietHour = isQuietHour(now(), schedule);
    if (!installIfIdle(quietHour)) checkIfDue(schedule, quietHour);
  };

  const timer = setInterval(tick, UPDATE_TICK_MS);
  tick();
  return () => clearInterval(timer);
}
