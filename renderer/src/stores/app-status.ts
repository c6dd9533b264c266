import type { AppStatus, Language } from '../../../preload/contract';
import { create } from 'zustand';

interface AppStatusState {
  /** Null until the first `app:get-status` result arrives. */
  status: AppStatus | null;
  /** Requests to main that have not settled; idle resets wait for zero. */
  inFlight: number;
  /** Whether the staff area is showing in place of the guest screens. */
  staffOpen: boolean;
  setStatus: (status: AppStatus) => void;
  requestStarted: () => void;
  requestSettled: () => void;
  setStaffOpen: (open: boolean) => void;
}

/** Kiosk-wide state that outlives a guest session. */
export const useAppStatusStore = create<AppStatusState>()((set) => ({
  status: null,
  inFlight: 0,
  staffOpen: false,
  setStatus: (status) => set({ status }),
  requestStarted: () => set((state) => ({ inFlight: state.inFlight + 1 })),
  requestSettled: () =>
    set((state) => ({ inFlight: Math.max(0, state.inFlight - 1) })),
  setStaffOpen: (staffOpen) => set({ staffOpen }),
}));

/** Kiosk settings, or null before the status has loaded. */
export const useKiosk = () =>
  useAppStatusStore((state) => state.status?.kiosk ?? null);

/** Languages offered before the status has loaded. */
export const FALLBACK_LANGUAGES: readonly Language[] = ['en'];
