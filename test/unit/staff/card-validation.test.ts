// Checks the staff card handlers make before they reach the card service.
// The card service here is an in-test stand-in that writes cards to the
// real database without an API and records each call it receives.
import { describe, expect, it } from 'vitest';

import type { CardService } from '../../../main/checkin/types';
import { sampleReservation } from '../storage/temp-dir';
import { storageOnlyCards } from './fakes';
import { useStaffHarness, type CardServiceParts } from './harness';

// The sample stay in Asia/Shanghai: 4 December 14:00 to 6 December 11:30.
const ARRIVAL = '2026-12-04T06:00:00.000Z';
const DEPARTURE = '2026-12-06T03:30:00.000Z';

describe('card handler checks', () => {
  const harness = useStaffHarness();
  let cards: ReturnType<typeof storageOnlyCards>;
  const recordingCards = ({ storage }: CardServiceParts): CardService => {
    cards = storageOnlyCards(storage);
    return cards;
  };

  async function setUp() {
    const staff = harness({ cards: recordingCards });
    await staff.unlock();
    const reservation = staff.storage.reservations.create(sampleReservation());
    return { staff, reservationId: reservation.id };
  }

  it('passes a narrowed validity to the card service', async () => {
    const { staff, reservationId } = await setUp();

    await staff.value('cards:issue', {
      reservationId,
      sendSms: true,
      validFrom: '2026-12-04T08:00:00.000Z',
      validUntil: '2026-12-05T03:30:00.000Z',
    });

    expect(cards.calls).toEqual([
      {
        method: 'issue',
        args: [
          reservationId,
          {
            sendSms: true,
            actor: 'staff',
            validFrom: new Date('2026-12-04T08:00:00.000Z'),
            validUntil: new Date('2026-12-05T03:30:00.000Z'),
          },
        ],
      },
    ]);
  });

  it('accepts a window equal to the stay', async () => {
    const { staff, reservationId } = await setUp();

    const result = await staff.call('cards:issue', {
      reservationId,
      sendSms: false,
      validFrom: ARRIVAL,
      validUntil: DEPARTURE,
    });

    expect(result.ok).toBe(true);
  });

  it('rejects a start before arrival', async () => {
    const { staff, reservationId } = await setUp();

    const result = await staff.call('cards:issue', {
      reservationId,
      sendSms: false,
      validFrom: '2026-12-04T05:59:00.000Z',
    });

    expect(result.ok || result.error.field).toBe('validFrom');
    expect(cards.calls).toEqual([]);
  });

  it('rejects an end after departure', async () => {
    const { staff, reservationId } = await setUp();

    const result = await staff.call('cards:issue', {
      reservationId,
      sendSms: false,
      validUntil: '2026-12-06T03:31:00.000Z',
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.field).toBe('validUntil');
    expect(cards.calls).toEqual([]);
  });

  it('rejects an end before the start', async () => {
    const { staff, reservationId } = await setUp();

    const result = await staff.call('cards:issue', {
      reservationId,
      sendSms: false,
      validFrom: '2026-12-05T08:00:00.000Z',
      validUntil: '2026-12-05T07:00:00.000Z',
    });

    expect(result.ok || result.error.code).toBe('invalid-request');
    expect(cards.calls).toEqual([]);
  });

  it('rejects an unknown reservation', async () => {
    const { staff } = await setUp();

    const result = await staff.call('cards:issue', {
      reservationId: 404,
      sendSms: false,
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('booking-not-found');
    expect(result.error.message).toContain('404');
  });

  it('rejects a booking without departure', async () => {
    const { staff } = await setUp();
    const open = staff.storage.reservations.create(
      sampleReservation({
        confirmationCode: 'OPEN1',
        departureDate: null,
        departureTime: null,
      }),
    );

    const result = await staff.call('cards:issue', {
      reservationId: open.id,
      sendSms: false,
    });

    expect(result.ok || result.error.code).toBe('checkout-missing');
    expect(cards.calls).toEqual([]);
  });

  it('rejects an extension that ends before arrival', async () => {
    const { staff, reservationId } = await setUp();

    const result = await staff.call('cards:extend-stay', {
      reservationId,
      departureDate: '2026-12-03',
    });

    expect(result.ok || result.error.field).toBe('departureDate');
    expect(cards.calls).toEqual([]);
  });

  it('passes an extension with a null time by default', async () => {
    const { staff, reservationId } = await setUp();

    await staff.value('cards:extend-stay', {
      reservationId,
      departureDate: '2026-12-08',
    });

    expect(cards.calls).toEqual([
      {
        method: 'extendStay',
        args: [reservationId, '2026-12-08', null, 'staff'],
      },
    ]);
  });

  it('lists the cards of a reservation', async () => {
    const { staff, reservationId } = await setUp();
    const first = await staff.value('cards:issue', {
      reservationId,
      sendSms: false,
    });
    await staff.value('cards:cancel', { cardId: first.cardId });
    await staff.value('cards:issue', { reservationId, sendSms: false });

    const list = await staff.value('cards:list', { reservationId });

    expect(list.map((card) => card.status).sort()).toEqual([
      'active',
      'cancelled',
    ]);
  });

  it('rejects listing cards of an unknown reservation', async () => {
    const { staff } = await setUp();

    const result = await staff.call('cards:list', { reservationId: 404 });

    expect(result.ok || result.error.code).toBe('booking-not-found');
  });

  it('acts as staff on every card call', async () => {
    const { staff, reservationId } = await setUp();
    const key = await staff.value('cards:issue', {
      reservationId,
      sendSms: false,
    });

    await staff.value('cards:get-qr', { cardId: key.cardId });
    await staff.value('cards:report-lost', {
      cardId: key.cardId,
      wholeRoom: true,
    });
    await staff.value('cards:resend-sms', { reservationId });

    expect(cards.calls.map((call) => call.method)).toEqual([
      'issue',
      'getKey',
      'reportLost',
      'resendSms',
    ]);
    expect(cards.calls[2]?.args).toEqual([key.cardId, true, 'staff']);
    expect(cards.calls[3]?.args).toEqual([reservationId, 'staff']);
  });
});
