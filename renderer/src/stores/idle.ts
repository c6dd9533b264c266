import { create } from 'zustand';

interface IdleState {
  /** Epoch milliseconds of the last touch, pointer or key event. */
  lastActivityAt: number;
  /** Epoch milliseconds at which the session resets; set while warning. */
  resetAt: number | null;
  touch: (now: number) => void;
  warn: (resetAt: number) => void;
  reset: () => void;
}

/** The idle timer of the guest session. */
export const useIdleStore = create<IdleState>()((set) => ({
  lastActivityAt: Date.now(),
  resetAt: null,
  touch: (lastActivityAt) => set({ lastActivityAt, resetAt: null }),
  warn: (resetAt) => set({ resetAt }),
  reset: () => set({ lastActivityAt: Date.now(), resetAt: null }),
}));
