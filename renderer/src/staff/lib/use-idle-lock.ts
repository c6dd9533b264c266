import { useEffect } from 'react';

import { useStaffSession } from '../stores/session';
import { callStaff } from './call';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const;

/** Milliseconds between two `staff:touch` calls while staff keep working. */
export function touchInterval(idleLockSeconds: number): number {
  return Math.min(15_000, (idleLockSeconds * 1000) / 4);
}

/**
 * While the area is open, reports activity to main (throttled) and locks
 * the area after `idleLockSeconds` without a touch or key.
 */
export function useIdleLock(active: boolean, idleLockSeconds: number): void {
  useEffect(() => {
    if (!active) return;
    let lastTouchAt = Date.now();
    let timer = 0;

    const lockForIdle = () => {
      void callStaff(() => window.lobbykey.staff.lock({}));
      useStaffSession.getState().lock('idle');
    };
    const arm = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lockForIdle, idleLockSeconds * 1000);
    };
    const onActivity = () => {
      arm();
      if (Date.now() - lastTouchAt < touchInterval(idleLockSeconds)) return;
      lastTouchAt = Date.now();
      void callStaff(() => window.lobbykey.staff.touch({}));
    };

    arm();
    for (const name of ACTIVITY_EVENTS) {
      window.addEventListener(name, onActivity, { passive: true });
    }
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) {
        window.removeEventListener(name, onActivity);
      }
    };
  }, [active, idleLockSeconds]);
}
