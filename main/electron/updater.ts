import electronUpdater from 'electron-updater';

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
/** At most one feed check per this interval, so a quiet window checks once. */
export const MIN_CHECK_INTERVAL_MS = 6 * 60 * 60_000;

export interface UpdaterOptions {
  /** Reads the current schedule; settings may change while the app runs. */
  schedule: () => UpdateSchedule;
  /** True while a guest request is in flight. */
  isBusy: () => boolean;
  /** True while a guest is at the screen. */
  guestSessionActive: () => boolean;
  /** Runs right before quitAndInstall, to release the kiosk lock. */
  beforeInstall: () => void;
}

/**
 * Checks the generic feed in the quiet hours, downloads in the background
 * and installs only when `shouldInstallNow` allows it. Returns a function
 * that stops the timer.
 */
export function startUpdater(options: UpdaterOptions): () => void {
  const { autoUpdater } = electronUpdater;
  let downloaded = false;
  let lastCheckAt = 0;
  let feedUrl = '';

  autoUpdater.logger = log;
  autoUpdater.autoDownload = true;
  // An install on quit could start while a guest is at the screen.
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.on('update-downloaded', (info) => {
    downloaded = true;
    log.info(`update ${info.version} downloaded; installing when idle`);
  });
  autoUpdater.on('error', (error) => log.error('update failed', error));

  const tick = () => {
    const schedule = options.schedule();
    if (!updatesEnabled(schedule)) return;

    const quietHour = isQuietHour(new Date(), schedule);
    const state = {
      downloaded,
      quietHour,
      busy: options.isBusy(),
      guestSessionActive: options.guestSessionActive(),
    };
    if (shouldInstallNow(state)) {
      log.info('kiosk is idle in the quiet hours; installing the update');
      options.beforeInstall();
      autoUpdater.quitAndInstall(true, true);
      return;
    }

    const due = Date.now() - lastCheckAt >= MIN_CHECK_INTERVAL_MS;
    if (!quietHour || downloaded || !due) return;

    if (schedule.feedUrl !== feedUrl) {
      feedUrl = schedule.feedUrl;
      autoUpdater.setFeedURL({ provider: 'generic', url: feedUrl });
    }
    lastCheckAt = Date.now();
    log.info('checking for updates');
    autoUpdater.checkForUpdates().catch((error: unknown) => {
      log.error('update check failed', error);
    });
  };

  const timer = setInterval(tick, UPDATE_TICK_MS);
  tick();
  return () => clearInterval(timer);
}
