export { openSettingsStore, settingsPath } from './settings-store';
export { openStaffPin, staffPinPath } from './staff-pin';
export type * from './types';
