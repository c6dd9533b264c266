import type { RenderProcessGoneDetails, WebContents } from 'electron';

import { createLogger } from '../logging/logger';

const log = createLogger('crash-recovery');

/** Crashes further back than this no longer slow the next reload. */
export const CRASH_WINDOW_MS = 10 * 60_000;
export const MIN_RELOAD_DELAY_MS = 1_000;
export const MAX_RELOAD_DELAY_MS = 5 * 60_000;

/**
 * Returns the delay before reloading after a crash at `now`, given the
 * times of earlier crashes. It is 1 s for the first crash within ten
 * minutes and doubles with each further one up to five minutes, so a crash
 * loop does not spin the CPU.
 */
export function reloadDelayMs(earlierCrashes: number[], now: number): number {
  const recent = earlierCrashes.filter((at) => now - at < CRASH_WINDOW_MS);
  const delay = MIN_RELOAD_DELAY_MS * 2 ** recent.length;
  return Math.min(delay, MAX_RELOAD_DELAY_MS);
}

/**
 * Reloads the app's start page (the welcome screen) when the renderer dies
 * or hangs, after the back-off of `reloadDelayMs`.
 */
export function attachCrashRecovery(
  contents: Pick<WebContents, 'on' | 'isDestroyed'>,
  loadStartPage: () => Promise<void>,
  now: () => number = Date.now,
): void {
  const crashes: number[] = [];
  let pending: NodeJS.Timeout | null = null;

  const recover = (reason: string) => {
    if (pending) return;

    const delay = reloadDelayMs(crashes, now());
    crashes.push(now());
    log.error(`renderer ${reason}; reloading the start page in ${delay} ms`);
    pending = setTimeout(() => {
      pending = null;
      if (contents.isDestroyed()) return;
      loadStartPage().catch((error: unknown) => {
        log.error('reloading the start page failed', error);
      });
    }, delay);
  };

  contents.on(
    'render-process-gone',
    (_event, details: RenderProcessGoneDetails) => {
      recover(
        `process gone (${details.reason}, exit code ${details.exitCode})`,
      );
    },
  );
  contents.on('unresponsive', () => recover('unresponsive'));
}
