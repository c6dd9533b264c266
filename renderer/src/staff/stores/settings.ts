import type { z } from 'zod';
import { create } from 'zustand';

import type {
  AppError,
  AppStatus,
  StaffSettingsViewSchema,
} from '../../../../preload/contract';
import { callStaff } from '../lib/call';
import { registerStoreReset } from './reset';

export type StaffSettingsView = z.infer<typeof StaffSettingsViewSchema>;

interface SettingsState {
  /** Settings and credential state; the token itself is never here. */
  view: StaffSettingsView | null;
  status: AppStatus | null;
  loadError: AppError | null;
  setView: (view: StaffSettingsView) => void;
  setStatus: (status: AppStatus) => void;
  load: () => Promise<void>;
}

const initial = { view: null, status: null, loadError: null };

export const useStaffSettings = create<SettingsState>()((set) => ({
  ...initial,
  setView: (view) => set({ view }),
  setStatus: (status) => set({ status }),
  load: async () => {
    const [view, status] = await Promise.all([
      callStaff(() => window.lobbykey.settings.get({})),
      callStaff(() => window.lobbykey.app.getStatus({})),
    ]);
    if (status.ok) set({ status: status.value });
    if (view.ok) set({ view: view.value, loadError: null });
    else set({ loadError: view.error });
  },
}));

registerStoreReset(() => useStaffSettings.setState(initial));

/** Returns the property's time zone, from settings or the public status. */
export function usePropertyTimeZone(): string {
  return useStaffSettings(
    (s) =>
      s.view?.settings.propertyTimeZone ??
      s.status?.kiosk.propertyTimeZone ??
      'UTC',
  );
}
