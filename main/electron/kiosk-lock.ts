import type { BrowserWindow } from 'electron';

import type { Handlers } from '../ipc/dispatch';
import { createLogger } from '../logging/logger';

const log = createLogger('kiosk-lock');

/**
 * Holds the window open while the kiosk is locked: a close from the window
 * manager (Alt+F4, a close button, Ctrl+W) is prevented. Leaving needs the
 * staff PIN through `app:exit-kiosk`, which unlocks first. The shell also
 * unlocks on `before-quit`, so an `app.quit()` (the updater, an OS log-off,
 * the Dock's Quit item on macOS, a test driver) still ends the app.
 */
export class KioskLock {
  private locked: boolean;

  constructor(locked: boolean) {
    this.locked = locked;
  }

  isLocked(): boolean {
    return this.locked;
  }

  unlock(): void {
    this.locked = false;
  }

  /**
   * Prevents the window's `close` while the lock holds. Once unlocked, a
   * page's `beforeunload` handler can no longer cancel the quit either.
   */
  guard(window: Pick<BrowserWindow, 'on' | 'webContents'>): void {
    window.on('close', (event) => {
      if (!this.locked) return;

      event.preventDefault();
      log.warn('blocked closing the kiosk window; leaving needs the staff PIN');
    });

    // preventDefault on this event ignores the page's beforeunload answer
    // and lets the unload go ahead.
    window.webContents.on('will-prevent-unload', (event) => {
      if (!this.locked) event.preventDefault();
    });
  }
}

/**
 * Wraps the `app:exit-kiosk` handler, which verifies the staff PIN: when it
 * resolves, `leave` unlocks the kiosk and quits. A wrong or locked PIN
 * rejects with its typed failure, and the kiosk stays.
 */
export function withKioskExit(handlers: Handlers, leave: () => void): Handlers {
  const exitKiosk: Handlers['app:exit-kiosk'] = async (request) => {
    const response = await handlers['app:exit-kiosk'](request);

    log.info('staff PIN verified; leaving kiosk mode');
    // The reply must reach the renderer before the window goes away.
    setImmediate(leave);
    return response;
  };
  return { ...handlers, 'app:exit-kiosk': exitKiosk };
}
