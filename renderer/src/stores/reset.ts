import { useAppStatusStore } from './app-status';
import { useDeliveryStore } from './delivery';
import { useIdleStore } from './idle';
import { useLookupStore } from './lookup';
import { useSessionStore } from './session';

/**
 * Clears every guest store, so no earlier guest's name, room, number or key
 * stays in memory or on screen, and returns to the welcome screen in the
 * kiosk's default language.
 */
export function resetGuestSession(): void {
  const language =
    useAppStatusStore.getState().status?.kiosk.defaultLanguage ?? 'en';
  useLookupStore.getState().reset();
  useDeliveryStore.getState().reset();
  useIdleStore.getState().reset();
  useSessionStore.getState().reset(language);
}
