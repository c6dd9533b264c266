import type { BrowserWindow } from 'electron';

import type { AppServices } from '../app/types';
import type { Handlers } from '../ipc/dispatch';
import { createLogger } from '../logging/logger';

const log = createLogger('kiosk-lock');

/**
 * Holds the window open while the kiosk is locked. Closing then needs the
 * staff PIN through `app:exit-kiosk`, which unlocks first.
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

  /** Prevents the window's `close` while the lock holds. */
  guard(window: Pick<BrowserWindow, 'on'>): void {
    window.on('close', (event) => {
      if (!this.locked) return;

      event.preventDefault();
      log.warn('blocked closing the kiosk window; leaving needs the staff PIN');
    });
  }
}

/**
 * Wraps the `app:exit-kiosk` handler: the staff PIN is verified here first
 * (a wrong PIN throws the typed failure and nothing else happens), then the
 * service's own handler runs, then `leave` unlocks the kiosk and quits.
 */
export function withKioskExit(
  handlers: Handlers,
  services: Pick<AppServices, 'verifyStaffPin'>,
  leave: () => void,
): Handlers {
  const exitKiosk: Handlers['app:exit-kiosk'] = async (request) => {
    await services.verifyStaffPin(request.pin);
    const response = await handlers['app:exit-kiosk'](request);

    log.info('staff PIN verified; leaving kiosk mode');
    // The reply must reach the renderer before the window goes away.
    setImmediate(leave);
    return response;
  };
  return { ...handlers, 'app:exit-kiosk': exitKiosk };
}
