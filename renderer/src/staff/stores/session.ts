import { create } from 'zustand';

import { resetStaffStores } from './reset';

/**
 * Phase of the staff area: checking the PIN state, creating the first PIN,
 * waiting for the PIN, or open.
 */
export type StaffPhase = 'loading' | 'create-pin' | 'enter-pin' | 'unlocked';

interface SessionState {
  phase: StaffPhase;
  /** Seconds without activity after which main locks the area. */
  idleLockSeconds: number;
  /** Epoch milliseconds until which the PIN pad is locked, or null. */
  padLockedUntil: number | null;
  /** Reason the pad is showing again, for a notice above it. */
  lockReason: 'idle' | 'expired' | null;
  showPinPad: (pinSet: boolean, padLockedUntil: number | null) => void;
  unlocked: (idleLockSeconds: number) => void;
  lockPad: (untilMs: number) => void;
  lock: (reason: 'idle' | 'expired' | null) => void;
}

const initial = {
  phase: 'loading' as StaffPhase,
  idleLockSeconds: 180,
  padLockedUntil: null,
  lockReason: null,
};

/** The staff area's lock state. Holds no PIN. */
export const useStaffSession = create<SessionState>()((set) => ({
  ...initial,
  showPinPad: (pinSet, padLockedUntil) =>
    set({ phase: pinSet ? 'enter-pin' : 'create-pin', padLockedUntil }),
  unlocked: (idleLockSeconds) =>
    set({
      phase: 'unlocked',
      idleLockSeconds,
      padLockedUntil: null,
      lockReason: null,
    }),
  lockPad: (untilMs) => set({ padLockedUntil: untilMs }),
  lock: (reason) => {
    resetStaffStores();
    set({ phase: 'enter-pin', lockReason: reason });
  },
}));

/** Returns the session store to its first state (tests, leaving staff). */
export function resetStaffSession(): void {
  useStaffSession.setState(initial);
}
