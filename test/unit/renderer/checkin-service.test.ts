import { beforeEach, describe, expect, it } from 'vitest';

import type { LobbykeyApi, Result, IssuedKey } from '../../../preload/contract';
import {
  buildLookupRequest,
  endGuestSession,
  issueKey,
  lookupBooking,
} from '../../../renderer/src/services/checkin';
import { useAppStatusStore } from '../../../renderer/src/stores/app-status';
import { useDeliveryStore } from '../../../renderer/src/stores/delivery';
import { useLookupStore } from '../../../renderer/src/stores/lookup';
import { resetGuestSession } from '../../../renderer/src/stores/reset';
import { useSessionStore } from '../../../renderer/src/stores/session';
import { guestStay, issuedKey, kioskStatus } from './fixtures';

// Main cannot run inside a Vitest worker of the renderer, so these tests give
// the services a recording stand-in for window.lobbykey. The end-to-end
// specs run the same flow against the real main over the browser host.
interface Recorder {
  calls: { channel: string; request: unknown }[];
  release: () => void;
}

function installFakeApi(issueResult: Result<IssuedKey>): Recorder {
  const recorder: Recorder = { calls: [], release: () => undefined };
  const gate = new Promise<void>((resolve) => (recorder.release = resolve));
  const record = (channel: string, request: unknown) =>
    recorder.calls.push({ channel, request });
  const api = {
    checkin: {
      lookup: (request: unknown) => {
        record('checkin:lookup', request);
        return Promise.resolve({ ok: true, value: guestStay() });
      },
      issueCard: async (request: unknown) => {
        record('checkin:issue-card', request);
        await gate;
        return issueResult;
      },
      endSession: (request: unknown) => {
        record('checkin:end-session', request);
        return Promise.resolve({ ok: true, value: {} });
      },
    },
    app: { log: () => Promise.resolve({ ok: true, value: {} }) },
  } as unknown as LobbykeyApi;
  Object.assign(globalThis, { window: { lobbykey: api } });
  return recorder;
}

beforeEach(() => {
  useAppStatusStore.setState({ status: kioskStatus(), inFlight: 0 });
  resetGuestSession();
});

describe('buildLookupRequest', () => {
  it('sends a code with the trimmed surname', () => {
    useLookupStore.getState().set({ code: 'DEMO1001', surname: ' Wang ' });

    expect(buildLookupRequest()).toEqual({
      booking: { by: 'code', code: 'DEMO1001' },
      secondFactor: { by: 'surname', surname: 'Wang' },
    });
  });

  it('sends a phone number in E.164', () => {
    useLookupStore
      .getState()
      .set({ method: 'phone', national: '13800138000', surname: 'Wang' });

    expect(buildLookupRequest()?.booking).toEqual({
      by: 'phone',
      phone: '+8613800138000',
    });
  });

  it('sends nothing for an invalid phone number', () => {
    useLookupStore
      .getState()
      .set({ method: 'phone', national: '123', surname: 'Wang' });

    expect(buildLookupRequest()).toBeNull();
  });
});

describe('issueKey', () => {
  it('makes one call for two taps', async () => {
    const recorder = installFakeApi({ ok: true, value: issuedKey() });
    useLookupStore.getState().set({ stay: guestStay() });

    const first = issueKey();
    const second = issueKey();
    recorder.release();
    await Promise.all([first, second]);

    const issues = recorder.calls.filter(
      (call) => call.channel === 'checkin:issue-card',
    );
    expect(issues).toHaveLength(1);
    expect(first).toBe(second);
  });

  it('sends the SMS default when the guest left the switch alone', async () => {
    const recorder = installFakeApi({ ok: true, value: issuedKey() });
    useLookupStore.getState().set({ stay: guestStay() });

    const done = issueKey();
    recorder.release();
    await done;

    expect(recorder.calls[0]?.request).toEqual({
      ticket: guestStay().ticket,
      sendSms: true,
      phone: undefined,
    });
  });

  it('sends the other number the guest typed', async () => {
    const recorder = installFakeApi({ ok: true, value: issuedKey() });
    useLookupStore.getState().set({ stay: guestStay() });
    useDeliveryStore
      .getState()
      .set({ otherNumber: true, national: '13900139000' });

    const done = issueKey();
    recorder.release();
    await done;

    expect(recorder.calls[0]?.request).toMatchObject({
      phone: '+8613900139000',
    });
  });

  it('shows the failure screen for a typed error', async () => {
    const recorder = installFakeApi({
      ok: false,
      error: { code: 'network-unavailable', message: 'connect ECONNREFUSED' },
    });
    useLookupStore.getState().set({ stay: guestStay() });

    const done = issueKey();
    recorder.release();
    await done;

    expect(useSessionStore.getState().step).toBe('failed');
    expect(useSessionStore.getState().failure?.code).toBe(
      'network-unavailable',
    );
  });

  it('drops an answer that arrives after a reset', async () => {
    const recorder = installFakeApi({ ok: true, value: issuedKey() });
    useLookupStore.getState().set({ stay: guestStay() });

    const done = issueKey();
    resetGuestSession();
    recorder.release();
    await done;

    expect(useDeliveryStore.getState().key).toBeNull();
    expect(useSessionStore.getState().step).toBe('welcome');
  });
});

describe('lookupBooking', () => {
  it('moves to confirm with the stay found', async () => {
    installFakeApi({ ok: true, value: issuedKey() });
    useLookupStore.getState().set({ code: 'DEMO1001', surname: 'Wang' });

    await lookupBooking();

    expect(useSessionStore.getState().step).toBe('confirm');
    expect(useLookupStore.getState().stay?.room).toBe('101');
  });
});

describe('endGuestSession', () => {
  it('ends the ticket in main and clears the stay', () => {
    const recorder = installFakeApi({ ok: true, value: issuedKey() });
    useLookupStore.getState().set({ stay: guestStay() });

    endGuestSession();

    expect(useLookupStore.getState().stay).toBeNull();
    expect(recorder.calls).toContainEqual({
      channel: 'checkin:end-session',
      request: { ticket: guestStay().ticket },
    });
  });
});
