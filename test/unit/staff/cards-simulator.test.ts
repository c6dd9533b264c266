// Card actions through the staff handlers, the real card service and the
// real QR Master client against the simulator on 127.0.0.1.
import { describe, expect, it } from 'vitest';

import { useStaffHarness } from './harness';
import { bookingFor, closedPort } from './sim-fixtures';
import { useSimulator } from './simulator';

function lastRequest(
  simulator: Awaited<ReturnType<ReturnType<typeof useSimulator>>>['simulator'],
  action: string,
) {
  return simulator
    .requests()
    .filter((request) => request.action === action)
    .at(-1);
}

describe('card actions against the simulator', () => {
  const harness = useStaffHarness();
  const simulated = useSimulator();

  async function setUp() {
    const sim = await simulated();
    const staff = harness(sim.options);
    await staff.unlock();
    const reservation = staff.storage.reservations.create(bookingFor(0));
    return { ...sim, staff, reservationId: reservation.id };
  }

  it('issues with the stay times in the community zone', async () => {
    const { simulator, staff, reservationId } = await setUp();

    const key = await staff.value('cards:issue', {
      reservationId,
      sendSms: true,
    });
    const request = lastRequest(simulator, 'getLink');

    // The harness clock is 15:00 in Shanghai, after the 14:00 check-in.
    expect(request?.fields).toMatchObject({
      roomNo: '101',
      buildNo: '1',
      floorNo: '1',
      startTime: '2612041500',
      endTime: '2612061130',
      sendSms: '1',
    });
    expect(key.qrPng.length).toBeGreaterThan(100);
    expect(key.smsTo).toBe('+86138****8000');
  });

  it('issues a narrowed window as asked', async () => {
    const { simulator, staff, reservationId } = await setUp();

    await staff.value('cards:issue', {
      reservationId,
      sendSms: false,
      validFrom: '2026-12-05T01:00:00.000Z',
      validUntil: '2026-12-05T10:00:00.000Z',
    });

    expect(lastRequest(simulator, 'getLink')?.fields).toMatchObject({
      startTime: '2612050900',
      endTime: '2612051800',
      sendSms: '0',
    });
  });

  it('cancels a card on the server and in the database', async () => {
    const { simulator, staff, reservationId } = await setUp();
    const key = await staff.value('cards:issue', {
      reservationId,
      sendSms: false,
    });

    const card = await staff.value('cards:cancel', { cardId: key.cardId });

    expect(card.status).toBe('cancelled');
    expect(lastRequest(simulator, 'cancelCard')?.fields).toMatchObject({
      cardNo: key.cardNo,
    });
    expect(simulator.cards().find((c) => c.cardNo === key.cardNo)?.state).toBe(
      'cancelled',
    );
  });

  it('reports a single card lost with wholeRoom 0', async () => {
    const { simulator, staff, reservationId } = await setUp();
    const key = await staff.value('cards:issue', {
      reservationId,
      sendSms: false,
    });

    const card = await staff.value('cards:report-lost', {
      cardId: key.cardId,
      wholeRoom: false,
    });

    expect(card.status).toBe('lost');
    expect(lastRequest(simulator, 'reportLost')?.fields).toMatchObject({
      cardNo: key.cardNo,
      wholeRoom: '0',
    });
  });

  it('reports a whole room lost with wholeRoom 1', async () => {
    const { simulator, staff, reservationId } = await setUp();
    const key = await staff.value('cards:issue', {
      reservationId,
      sendSms: false,
    });

    await staff.value('cards:report-lost', {
      cardId: key.cardId,
      wholeRoom: true,
    });

    expect(lastRequest(simulator, 'reportLost')?.fields).toMatchObject({
      cardNo: key.cardNo,
      wholeRoom: '1',
    });
  });

  it('extends a stay with a card ending at the new departure', async () => {
    const { simulator, staff, reservationId } = await setUp();
    const first = await staff.value('cards:issue', {
      reservationId,
      sendSms: false,
    });

    const extended = await staff.value('cards:extend-stay', {
      reservationId,
      departureDate: '2026-12-08',
      departureTime: '10:00',
    });
    const cards = await staff.value('cards:list', { reservationId });

    expect(lastRequest(simulator, 'getLink')?.fields).toMatchObject({
      endTime: '2612081000',
    });
    expect(extended.cardNo).not.toBe(first.cardNo);
    expect(cards.filter((card) => card.status === 'active')).toHaveLength(1);
    expect(lastRequest(simulator, 'cancelCard')?.fields).toMatchObject({
      cardNo: first.cardNo,
    });
  });

  it('resends by SMS with a replacement card', async () => {
    const { simulator, staff, reservationId } = await setUp();
    const first = await staff.value('cards:issue', {
      reservationId,
      sendSms: false,
    });

    const resent = await staff.value('cards:resend-sms', { reservationId });

    expect(resent.smsSent).toBe(true);
    expect(lastRequest(simulator, 'getLink')?.fields).toMatchObject({
      sendSms: '1',
    });
    expect(
      simulator.cards().find((c) => c.cardNo === first.cardNo)?.state,
    ).toBe('cancelled');
  });

  it('fetches the QR image of a card', async () => {
    const { simulator, staff, reservationId } = await setUp();
    const key = await staff.value('cards:issue', {
      reservationId,
      sendSms: false,
    });
    simulator.resetRequests();

    const again = await staff.value('cards:get-qr', { cardId: key.cardId });

    expect(again.cardNo).toBe(key.cardNo);
    expect(lastRequest(simulator, 'getCard')?.fields).toMatchObject({
      roomFlag: key.cardNo,
    });
  });

  it('returns a second issue as the same card', async () => {
    const { simulator, staff, reservationId } = await setUp();

    const [first, second] = await Promise.all([
      staff.value('cards:issue', { reservationId, sendSms: true }),
      staff.value('cards:issue', { reservationId, sendSms: true }),
    ]);

    expect(second.cardNo).toBe(first.cardNo);
    expect(
      simulator.requests().filter((r) => r.action === 'getLink'),
    ).toHaveLength(1);
  });

  it('records card actions in the audit log as staff', async () => {
    const { staff, reservationId } = await setUp();
    const key = await staff.value('cards:issue', {
      reservationId,
      sendSms: false,
    });
    await staff.value('cards:cancel', { cardId: key.cardId });

    const actions = staff.storage.audit
      .list({})
      .filter((entry) => entry.action.startsWith('card.'));

    expect(actions.map((entry) => [entry.action, entry.actor])).toEqual([
      ['card.cancelled', 'staff'],
      ['card.issued', 'staff'],
    ]);
  });
});

describe('connection test against the simulator', () => {
  const harness = useStaffHarness();
  const simulated = useSimulator();

  async function withSavedCredentials(authToken?: string) {
    const sim = await simulated({ rooms: 3 });
    const staff = harness(sim.options);
    await staff.unlock();
    await staff.value('credentials:save', {
      accountSid: sim.simulator.accountSid,
      authToken: authToken ?? sim.simulator.authToken,
    });
    return { ...sim, staff };
  }

  it('tests the saved credentials in demo mode', async () => {
    const { simulator, staff, setApi } = await withSavedCredentials();
    // The client in use is gone, so only the saved credentials can answer.
    setApi(null);

    const tree = await staff.value('credentials:test-connection', {});

    expect(staff.deps.settings.get().operatingMode).toBe('demo');
    expect(
      tree.buildings[0]?.floors[0]?.rooms.map((room) => room.roomNo),
    ).toEqual(['101', '102', '103']);
    expect(lastRequest(simulator, 'fetchRoomInfo')?.signatureValid).toBe(true);
  });

  it('tests the client in use without credentials', async () => {
    const { simulator, options } = await simulated({ rooms: 3 });
    const staff = harness(options);
    await staff.unlock();

    const tree = await staff.value('credentials:test-connection', {});

    expect(tree.buildings).toHaveLength(1);
    expect(lastRequest(simulator, 'fetchRoomInfo')).toBeDefined();
  });

  it('reports a wrong token as auth-failed', async () => {
    const { simulator, staff } = await withSavedCredentials(
      'ffffffffffffffffffffffffffffff',
    );

    const result = await staff.call('credentials:test-connection', {});

    expect(result.ok || result.error.code).toBe('auth-failed');
    expect(staff.transcript.join('\n')).not.toContain(simulator.authToken);
  });

  it('reports a clock 25 hours off as clock-skew', async () => {
    const { simulator, staff } = await withSavedCredentials();
    simulator.setClockOffsetMs(25 * 60 * 60_000);

    const result = await staff.call('credentials:test-connection', {});

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('clock-skew');
    expect(result.error.clockOffsetMs).toBeGreaterThan(24 * 60 * 60_000);
  });

  it('reports a closed port as network-unavailable', async () => {
    const { staff } = await withSavedCredentials();
    const port = await closedPort();
    await staff.value('settings:update', {
      patch: { apiBaseUrl: `http://127.0.0.1:${port}/` },
    });

    const result = await staff.call('credentials:test-connection', {});

    expect(result.ok || result.error.code).toBe('network-unavailable');
  });

  it('rejects a test without a community number', async () => {
    const { staff } = await withSavedCredentials();
    await staff.value('settings:update', { patch: { communityNo: '' } });

    const result = await staff.call('credentials:test-connection', {});

    expect(result.ok || result.error.field).toBe('communityNo');
  });

  it('audits the test result', async () => {
    const { staff } = await withSavedCredentials(
      'ffffffffffffffffffffffffffffff',
    );

    await staff.call('credentials:test-connection', {});
    const [entry] = staff.storage.audit.list({ action: 'credentials.tested' });

    expect(entry?.detail).toBe('auth-failed');
  });

  it('never returns the token in any response', async () => {
    const { simulator, staff } = await withSavedCredentials();
    const reservation = staff.storage.reservations.create(bookingFor(0));

    await staff.value('credentials:test-connection', {});
    await staff.value('settings:get', {});
    const key = await staff.value('cards:issue', {
      reservationId: reservation.id,
      sendSms: true,
    });
    await staff.value('cards:get-qr', { cardId: key.cardId });
    await staff.value('reservations:list', {});
    await staff.value('audit:list', {});
    await staff.value('audit:export-csv', {});

    expect(staff.transcript.length).toBe(9);
    expect(staff.transcript.join('\n')).not.toContain(simulator.authToken);
  });
});
