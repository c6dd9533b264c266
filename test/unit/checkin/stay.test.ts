import { describe, expect, it } from 'vitest';

import {
  assertEligible,
  cardWindowOf,
  stayTimesOf,
} from '../../../main/checkin/stay';
import { failureOfSync, reservationRecord } from './fixtures';

const settings = {
  propertyTimeZone: 'Europe/Berlin',
  checkInTime: '15:00',
  checkOutTime: '11:30',
};

describe('stayTimesOf', () => {
  it('ends the stay at the check-out time in the property zone', () => {
    const times = stayTimesOf(reservationRecord(), settings);

    expect(times.departureAt.toISOString()).toBe('2036-12-06T10:30:00.000Z');
  });

  it('uses the booking departure time over the setting', () => {
    const times = stayTimesOf(
      reservationRecord({ departureTime: '14:00' }),
      settings,
    );

    expect(times.departureAt.toISOString()).toBe('2036-12-06T13:00:00.000Z');
  });

  it('uses the booking arrival time over the check-in time', () => {
    const times = stayTimesOf(
      reservationRecord({ arrivalTime: '09:00' }),
      settings,
    );

    expect(times.arrivalAt.toISOString()).toBe('2036-12-04T08:00:00.000Z');
  });

  it('rejects a booking without departure', () => {
    const detail = failureOfSync(() =>
      stayTimesOf(reservationRecord({ departureDate: null }), settings),
    );

    expect(detail?.code).toBe('checkout-missing');
  });
});

describe('assertEligible', () => {
  it('accepts a guest after the check-in time', () => {
    const now = new Date('2036-12-04T14:00:00Z');

    expect(
      failureOfSync(() => assertEligible(reservationRecord(), settings, now)),
    ).toBeNull();
  });

  it('rejects a guest before the check-in time with opensAt', () => {
    const now = new Date('2036-12-04T13:59:00Z');

    expect(
      failureOfSync(() => assertEligible(reservationRecord(), settings, now)),
    ).toMatchObject({
      code: 'booking-not-eligible',
      reason: 'not-yet-arrived',
      opensAt: '2036-12-04T14:00:00.000Z',
    });
  });

  it('rejects a guest a day early', () => {
    const now = new Date('2036-12-03T16:00:00Z');

    expect(
      failureOfSync(() => assertEligible(reservationRecord(), settings, now))
        ?.reason,
    ).toBe('not-yet-arrived');
  });

  it('rejects a departed stay', () => {
    const now = new Date('2036-12-06T10:30:00Z');

    expect(
      failureOfSync(() => assertEligible(reservationRecord(), settings, now))
        ?.reason,
    ).toBe('departed');
  });

  it('rejects a checked-out booking', () => {
    const now = new Date('2036-12-05T10:00:00Z');
    const detail = failureOfSync(() =>
      assertEligible(
        reservationRecord({ status: 'checked-out' }),
        settings,
        now,
      ),
    );

    expect(detail?.reason).toBe('departed');
  });

  it('rejects a cancelled booking', () => {
    const now = new Date('2036-12-05T10:00:00Z');
    const detail = failureOfSync(() =>
      assertEligible(reservationRecord({ status: 'cancelled' }), settings, now),
    );

    expect(detail?.reason).toBe('cancelled');
  });
});

describe('cardWindowOf', () => {
  const times = {
    arrivalAt: new Date('2036-12-04T14:00:00Z'),
    departureAt: new Date('2036-12-06T10:30:00Z'),
  };

  it('starts now and ends at departure', () => {
    const now = new Date('2036-12-04T16:00:00Z');
    const window = cardWindowOf(times, now);

    expect(window.validFrom).toEqual(now);
    expect(window.validUntil).toEqual(times.departureAt);
  });

  it('starts at arrival when that is later', () => {
    const now = new Date('2036-12-04T09:00:00Z');

    expect(cardWindowOf(times, now).validFrom).toEqual(times.arrivalAt);
  });

  it('rejects a start after the end', () => {
    const now = new Date('2036-12-04T16:00:00Z');
    const detail = failureOfSync(() =>
      cardWindowOf(times, now, {
        validFrom: new Date('2036-12-05T12:00:00Z'),
        validUntil: new Date('2036-12-05T10:00:00Z'),
      }),
    );

    expect(detail).toMatchObject({
      code: 'invalid-request',
      field: 'validFrom',
    });
  });

  it('rejects an end in the past', () => {
    const now = new Date('2036-12-05T16:00:00Z');
    const detail = failureOfSync(() =>
      cardWindowOf(times, now, {
        validUntil: new Date('2036-12-05T10:00:00Z'),
      }),
    );

    expect(detail).toMatchObject({
      code: 'invalid-request',
      field: 'validUntil',
    });
  });

  it('rejects an end after departure', () => {
    const now = new Date('2036-12-04T16:00:00Z');
    const detail = failureOfSync(() =>
      cardWindowOf(times, now, {
        validUntil: new Date('2036-12-07T10:00:00Z'),
      }),
    );

    expect(detail?.field).toBe('validUntil');
  });
});
