import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createCardService } from '../../../main/checkin/card-service';
import { GuestCheckin } from '../../../main/checkin/guest-checkin';
import type { LookupRequest } from '../../../main/checkin/second-factor';
import type { Storage } from '../../../main/storage/types';
import {
  berlinSettings,
  booking,
  failureOf,
  manualClock,
  openTempStorage,
} from './fixtures';

let storage: Storage;
let cleanup: () => void;
let clock: ReturnType<typeof manualClock>;
let checkin: GuestCheckin;

beforeEach(() => {
  ({ storage, cleanup } = openTempStorage());
  clock = manualClock('2036-12-04T16:00:00Z');
  // No API client: these tests never reach card issuing.
  const cards = createCardService({
    storage,
    settings: () => berlinSettings,
    api: () => null,
    now: clock.now,
  });
  checkin = new GuestCheckin({
    storage,
    settings: () => berlinSettings,
    cards,
    now: clock.now,
    onQueued: () => undefined,
  });
});

afterEach(() => cleanup());

function byCode(code: string, surname: string): LookupRequest {
  return {
    booking: { by: 'code', code },
    secondFactor: { by: 'surname', surname },
  };
}

describe('GuestCheckin.lookup', () => {
  it('finds a booking by trimmed lower-case code and surname', async () => {
    storage.reservations.create(booking());

    const stay = await checkin.lookup(byCode('  abc123 ', 'Müller'));

    expect(stay.room).toBe('101');
    expect(stay.guestName).toBe('Anna Müller');
  });

  it('matches a surname without accents and in capitals', async () => {
    storage.reservations.create(booking());

    const stay = await checkin.lookup(byCode('ABC123', 'MULLER'));

    expect(stay.room).toBe('101');
  });

  it('matches a Chinese surname as given', async () => {
    storage.reservations.create(booking({ lastName: '王', firstName: '丽' }));

    const stay = await checkin.lookup(byCode('ABC123', '王'));

    expect(stay.guestName).toBe('丽 王');
  });

  it('rejects a partial surname', async () => {
    storage.reservations.create(booking());

    const detail = await failureOf(checkin.lookup(byCode('ABC123', 'Mül')));

    expect(detail?.code).toBe('booking-not-found');
  });

  it('finds a booking by phone and surname', async () => {
    storage.reservations.create(booking());

    const stay = await checkin.lookup({
      booking: { by: 'phone', phone: '+4915112345678' },
      secondFactor: { by: 'surname', surname: 'Müller' },
    });

    expect(stay.phoneMasked).toBe('+49151****5678');
    expect(stay.phoneCountry).toBe('DE');
  });

  it('finds a booking by code and phone digits', async () => {
    storage.reservations.create(booking());

    const stay = await checkin.lookup({
      booking: { by: 'code', code: 'ABC123' },
      secondFactor: { by: 'phone-digits', digits: '5678' },
    });

    expect(stay.room).toBe('101');
  });

  it('rejects wrong phone digits', async () => {
    storage.reservations.create(booking());

    const detail = await failureOf(
      checkin.lookup({
        booking: { by: 'code', code: 'ABC123' },
        secondFactor: { by: 'phone-digits', digits: '5679' },
      }),
    );

    expect(detail?.code).toBe('booking-not-found');
  });

  it('rejects a phone lookup proved by its own digits', async () => {
    storage.reservations.create(booking());

    const detail = await failureOf(
      checkin.lookup({
        booking: { by: 'phone', phone: '+4915112345678' },
        secondFactor: { by: 'phone-digits', digits: '5678' },
      }),
    );

    expect(detail).toMatchObject({
      code: 'invalid-request',
      field: 'secondFactor.by',
    });
  });

  it('gives the same answer for a wrong code and a wrong surname', async () => {
    storage.reservations.create(booking());

    const wrongCode = await failureOf(
      checkin.lookup(byCode('XYZ999', 'Müller')),
    );
    const wrongName = await failureOf(
      checkin.lookup(byCode('ABC123', 'Meier')),
    );

    expect(wrongCode).toEqual({
      code: 'booking-not-found',
      message: 'No booking matches these details.',
    });
    expect(wrongName).toEqual(wrongCode);
  });

  it('returns an opaque ticket and no reservation id', async () => {
    const { id } = storage.reservations.create(booking());

    const stay = await checkin.lookup(byCode('ABC123', 'Müller'));

    expect(stay.ticket).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(stay)).not.toContain(`"id":${id}`);
  });

  it('shows the departure at check-out time in Berlin', async () => {
    storage.reservations.create(booking());

    const stay = await checkin.lookup(byCode('ABC123', 'Müller'));

    expect(stay.departureAt).toBe('2036-12-06T10:30:00.000Z');
  });

  it('delays lookups after the third miss', async () => {
    storage.reservations.create(booking());
    await failureOf(checkin.lookup(byCode('ABC123', 'Wrong')));
    await failureOf(checkin.lookup(byCode('ABC123', 'Wrong')));

    const third = await failureOf(checkin.lookup(byCode('ABC123', 'Wrong')));
    const early = await failureOf(checkin.lookup(byCode('ABC123', 'Müller')));

    expect(third).toMatchObject({
      code: 'booking-not-found',
      retryAfterMs: 5000,
    });
    expect(early).toMatchObject({ code: 'lookup-locked', retryAfterMs: 5000 });
  });

  it('locks lookups after six misses until the lock expires', async () => {
    storage.reservations.create(booking());
    for (let i = 0; i < 6; i += 1) {
      await failureOf(checkin.lookup(byCode('ABC123', 'Wrong')));
      clock.advance(60_000);
    }
    clock.advance(-60_000);

    const locked = await failureOf(checkin.lookup(byCode('ABC123', 'Müller')));
    clock.advance(5 * 60_000);
    const stay = await checkin.lookup(byCode('ABC123', 'Müller'));

    expect(locked).toMatchObject({
      code: 'lookup-locked',
      retryAfterMs: 5 * 60_000,
    });
    expect(stay.room).toBe('101');
  });

  it('rejects a guest before the check-in time', async () => {
    storage.reservations.create(booking());
    clock.set('2036-12-04T13:00:00Z');

    const detail = await failureOf(checkin.lookup(byCode('ABC123', 'Müller')));

    expect(detail).toMatchObject({
      code: 'booking-not-eligible',
      reason: 'not-yet-arrived',
      opensAt: '2036-12-04T14:00:00.000Z',
    });
  });

  it('rejects a departed guest', async () => {
    storage.reservations.create(booking());
    clock.set('2036-12-06T11:00:00Z');

    const detail = await failureOf(checkin.lookup(byCode('ABC123', 'Müller')));

    expect(detail).toMatchObject({
      code: 'booking-not-eligible',
      reason: 'departed',
    });
  });

  it('rejects a cancelled booking', async () => {
    storage.reservations.create({ ...booking(), status: 'cancelled' });

    const detail = await failureOf(checkin.lookup(byCode('ABC123', 'Müller')));

    expect(detail?.reason).toBe('cancelled');
  });

  it('rejects a booking without departure', async () => {
    storage.reservations.create(booking({ departureDate: null }));

    const detail = await failureOf(checkin.lookup(byCode('ABC123', 'Müller')));

    expect(detail?.code).toBe('checkout-missing');
  });

  it('rejects a ticket after the session ended', async () => {
    storage.reservations.create(booking());
    const stay = await checkin.lookup(byCode('ABC123', 'Müller'));

    checkin.endSession(stay.ticket);
    const detail = await failureOf(
      checkin.issueCard({ ticket: stay.ticket, sendSms: false }),
    );

    expect(detail?.code).toBe('ticket-expired');
  });
});
