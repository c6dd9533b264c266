import { beforeEach, describe, expect, it } from 'vitest';

import type {
  AppStatus,
  GuestStay,
  IssuedKey,
} from '../../../preload/contract';
import { useAppStatusStore } from '../../../renderer/src/stores/app-status';
import { useDeliveryStore } from '../../../renderer/src/stores/delivery';
import { useIdleStore } from '../../../renderer/src/stores/idle';
import { useLookupStore } from '../../../renderer/src/stores/lookup';
import { resetGuestSession } from '../../../renderer/src/stores/reset';
import { useSessionStore } from '../../../renderer/src/stores/session';
import { guestStay, issuedKey, kioskStatus } from './fixtures';

beforeEach(() => {
  useAppStatusStore.setState({
    status: kioskStatus(),
    inFlight: 0,
    staffOpen: false,
  });
  resetGuestSession();
});

function fillGuestStores(stay: GuestStay, key: IssuedKey): void {
  useLookupStore
    .getState()
    .set({ code: 'DEMO1001', surname: 'Wang', digits: '8000', stay });
  useDeliveryStore.getState().set({
    smsOn: false,
    national: '13900139000',
    key,
    queuedTo: '+86 139 •••• 9000',
  });
  useIdleStore.getState().warn(Date.now() + 5000);
  useSessionStore.getState().setLanguage('zh-CN');
  useSessionStore.getState().setHelpOpen(true);
  useSessionStore.getState().go('key');
}

describe('resetGuestSession', () => {
  it('clears what the guest typed and was found', () => {
    fillGuestStores(guestStay(), issuedKey());

    resetGuestSession();

    const lookup = useLookupStore.getState();
    expect(lookup.code).toBe('');
    expect(lookup.surname).toBe('');
    expect(lookup.digits).toBe('');
    expect(lookup.stay).toBeNull();
  });

  it('clears the key and the delivery choice', () => {
    fillGuestStores(guestStay(), issuedKey());

    resetGuestSession();

    const delivery = useDeliveryStore.getState();
    expect(delivery.key).toBeNull();
    expect(delivery.smsOn).toBeNull();
    expect(delivery.national).toBe('');
    expect(delivery.queuedTo).toBeNull();
  });

  it('returns to welcome in the default language', () => {
    fillGuestStores(guestStay(), issuedKey());

    resetGuestSession();

    const session = useSessionStore.getState();
    expect(session.step).toBe('welcome');
    expect(session.language).toBe('en');
    expect(session.helpOpen).toBe(false);
  });

  it('closes the idle warning', () => {
    fillGuestStores(guestStay(), issuedKey());

    resetGuestSession();

    expect(useIdleStore.getState().resetAt).toBeNull();
  });

  it('starts a new session generation', () => {
    const before = useSessionStore.getState().generation;

    resetGuestSession();

    expect(useSessionStore.getState().generation).toBe(before + 1);
  });

  it('keeps the kiosk status', () => {
    const status: AppStatus = kioskStatus();
    useAppStatusStore.setState({ status });

    resetGuestSession();

    expect(useAppStatusStore.getState().status).toBe(status);
  });
});
