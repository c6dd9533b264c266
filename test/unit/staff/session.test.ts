import { describe, expect, it } from 'vitest';

import { channels, type Channel } from '../../../preload/contract';
import { TEST_PIN, useStaffHarness } from './harness';

/** Channels that must work while the staff area is locked. */
const OPEN_CHANNELS = new Set<Channel>([
  'staff:get-pin-status',
  'staff:set-initial-pin',
  'staff:unlock',
  'staff:lock',
]);

/** A request for every gated staff channel that passes its schema. */
const gatedRequests: Record<string, unknown> = {
  'staff:touch': {},
  'staff:clear-lookup-lock': {},
  'staff:change-pin': { currentPin: TEST_PIN, newPin: '135792' },
  'settings:get': {},
  'settings:update': { patch: { propertyName: 'Locked Out Hotel' } },
  'settings:set-operating-mode': { mode: 'demo' },
  'credentials:save': {
    accountSid: '0123456789abcdef0123456789abcdef',
    authToken: 'fedcba9876543210fedcba98765432',
  },
  'credentials:delete': {},
  'credentials:test-connection': {},
  'reservations:list': {},
  'reservations:create': {
    firstName: 'Ana',
    lastName: 'Silva',
    room: '101',
    arrivalDate: '2026-12-04',
    departureDate: '2026-12-05',
  },
  'reservations:import-csv': { csv: 'confirmationCode\n' },
  'cards:list': { reservationId: 1 },
  'cards:issue': { reservationId: 1, sendSms: false },
  'cards:get-qr': { cardId: 1 },
  'cards:resend-sms': { reservationId: 1 },
  'cards:cancel': { cardId: 1 },
  'cards:report-lost': { cardId: 1, wholeRoom: false },
  'cards:extend-stay': { reservationId: 1, departureDate: '2026-12-09' },
  'cards:group-issue': { jobId: 'job-1', reservationIds: [1], sendSms: false },
  'outbox:list': {},
  'outbox:retry': { id: 1 },
  'outbox:cancel': { id: 1 },
  'audit:list': {},
  'audit:export-csv': {},
};

const gatedChannels = (Object.keys(channels) as Channel[]).filter(
  (name) =>
    !name.startsWith('app:') &&
    !name.startsWith('checkin:') &&
    !OPEN_CHANNELS.has(name),
);

describe('staff session gate', () => {
  const harness = useStaffHarness();

  it('covers every gated channel in this table', () => {
    expect(Object.keys(gatedRequests).sort()).toEqual(
      [...gatedChannels].sort(),
    );
  });

  it.each(gatedChannels)('rejects %s while locked', async (name) => {
    const staff = harness();
    await staff.unlock();
    await staff.value('staff:lock', {});

    const result = await staff.callUnchecked(name, gatedRequests[name]);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('staff-locked');
  });

  it('rejects gated calls before any PIN exists', async () => {
    const staff = harness();

    const result = await staff.call('settings:get', {});

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('staff-locked');
  });

  it('opens the session after the first PIN is set', async () => {
    const staff = harness();

    await staff.value('staff:set-initial-pin', { pin: TEST_PIN });
    const status = await staff.value('staff:get-pin-status', {});

    expect(status).toEqual({ pinSet: true, unlocked: true, lockedUntil: null });
  });

  it('rejects a second initial PIN', async () => {
    const staff = harness();
    await staff.unlock();

    const result = await staff.call('staff:set-initial-pin', { pin: '999999' });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('pin-already-set');
  });

  it('rejects unlock before a PIN is set', async () => {
    const staff = harness();

    const result = await staff.call('staff:unlock', { pin: TEST_PIN });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('pin-not-set');
  });

  it('unlocks with the right PIN and reports the idle lock', async () => {
    const staff = harness({ settings: { staffIdleLockMinutes: 5 } });
    await staff.unlock();
    await staff.value('staff:lock', {});

    const unlocked = await staff.value('staff:unlock', { pin: TEST_PIN });
    const settings = await staff.call('settings:get', {});

    expect(unlocked).toEqual({ idleLockSeconds: 300 });
    expect(settings.ok).toBe(true);
  });

  it('stays locked after a wrong PIN', async () => {
    const staff = harness();
    await staff.unlock();
    await staff.value('staff:lock', {});

    const result = await staff.call('staff:unlock', { pin: '000000' });
    const status = await staff.value('staff:get-pin-status', {});

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('pin-wrong');
    expect(result.error.attemptsLeft).toBe(4);
    expect(status.unlocked).toBe(false);
  });

  it('locks the PIN pad after five wrong PINs', async () => {
    const staff = harness();
    await staff.unlock();
    await staff.value('staff:lock', {});
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await staff.call('staff:unlock', { pin: '000000' });
    }

    const fifth = await staff.call('staff:unlock', { pin: '000000' });
    const rightPin = await staff.call('staff:unlock', { pin: TEST_PIN });
    const status = await staff.value('staff:get-pin-status', {});

    expect(fifth.ok || fifth.error.code).toBe('pin-locked');
    expect(rightPin.ok || rightPin.error.code).toBe('pin-locked');
    expect(status.lockedUntil).not.toBeNull();
    expect(status.unlocked).toBe(false);
  });

  it('idle-locks after the configured minutes', async () => {
    const staff = harness({ settings: { staffIdleLockMinutes: 2 } });
    await staff.unlock();

    staff.advance(2 * 60_000);
    const result = await staff.call('settings:get', {});

    expect(result.ok || result.error.code).toBe('staff-locked');
  });

  it('stays open just before the idle limit', async () => {
    const staff = harness({ settings: { staffIdleLockMinutes: 2 } });
    await staff.unlock();

    staff.advance(2 * 60_000 - 1);
    const result = await staff.call('settings:get', {});

    expect(result.ok).toBe(true);
  });

  it('applies a new idle limit at once', async () => {
    const staff = harness({ settings: { staffIdleLockMinutes: 10 } });
    await staff.unlock();
    await staff.value('settings:update', {
      patch: { staffIdleLockMinutes: 1 },
    });

    staff.advance(60_000);
    const result = await staff.call('settings:get', {});

    expect(result.ok || result.error.code).toBe('staff-locked');
  });

  it('changes nothing while locked', async () => {
    const staff = harness();
    await staff.unlock();
    await staff.value('staff:lock', {});

    await staff.call('settings:update', {
      patch: { propertyName: 'Locked Out Hotel' },
    });
    await staff.callUnchecked(
      'reservations:create',
      gatedRequests['reservations:create'],
    );

    expect(staff.deps.settings.get().propertyName).not.toBe('Locked Out Hotel');
    expect(staff.storage.reservations.list({}).total).toBe(0);
  });

  it('counts every staff call as activity', async () => {
    const staff = harness({ settings: { staffIdleLockMinutes: 2 } });
    await staff.unlock();

    for (let step = 0; step < 5; step += 1) {
      staff.advance(90_000);
      await staff.value('staff:touch', {});
    }
    const status = await staff.value('staff:get-pin-status', {});

    expect(status.unlocked).toBe(true);
  });

  it('changes the PIN only with the current PIN', async () => {
    const staff = harness();
    await staff.unlock();

    const wrong = await staff.call('staff:change-pin', {
      currentPin: '000000',
      newPin: '135792',
    });
    await staff.value('staff:change-pin', {
      currentPin: TEST_PIN,
      newPin: '135792',
    });
    await staff.value('staff:lock', {});
    const oldPin = await staff.call('staff:unlock', { pin: TEST_PIN });
    const newPin = await staff.call('staff:unlock', { pin: '135792' });

    expect(wrong.ok || wrong.error.code).toBe('pin-wrong');
    expect(oldPin.ok || oldPin.error.code).toBe('pin-wrong');
    expect(newPin.ok).toBe(true);
  });

  it('audits unlock, failed unlock, lock and idle lock', async () => {
    const staff = harness({ settings: { staffIdleLockMinutes: 1 } });
    await staff.unlock();
    await staff.value('staff:lock', {});
    await staff.call('staff:unlock', { pin: '000000' });
    await staff.value('staff:unlock', { pin: TEST_PIN });
    staff.advance(60_000);
    await staff.value('staff:get-pin-status', {});

    const entries = staff.storage.audit.list({}).reverse();

    expect(entries.map((entry) => [entry.action, entry.detail])).toEqual([
      ['staff.pin-set', null],
      ['staff.locked', 'manual'],
      ['staff.unlock-failed', 'pin-wrong'],
      ['staff.unlocked', null],
      ['staff.locked', 'idle'],
    ]);
    expect(entries.every((entry) => entry.actor === 'staff')).toBe(true);
  });

  it('never returns or records the PIN', async () => {
    const staff = harness();
    await staff.unlock();
    await staff.call('staff:unlock', { pin: '987654' });
    await staff.call('staff:change-pin', {
      currentPin: TEST_PIN,
      newPin: '135792',
    });

    const audit = JSON.stringify(staff.storage.audit.list({}));

    for (const pin of [TEST_PIN, '987654', '135792']) {
      expect(staff.transcript.join('\n')).not.toContain(pin);
      expect(audit).not.toContain(pin);
    }
  });
});
