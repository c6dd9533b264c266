import { describe, expect, it } from 'vitest';

import { sampleReservation, useStorage, thrownAppError } from './temp-dir';

describe('reservation store', () => {
  const openTemp = useStorage();

  it('creates a booked reservation with timestamps', () => {
    const { reservations } = openTemp();

    const record = reservations.create(sampleReservation());

    expect(record.id).toBeGreaterThan(0);
    expect(record.status).toBe('booked');
    expect(record.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(reservations.getById(record.id)).toEqual(record);
  });

  it('finds a code regardless of case and spaces', () => {
    const { reservations } = openTemp();
    const record = reservations.create(sampleReservation());

    expect(reservations.findByCode(' abc123 ')).toEqual(record);
  });

  it('returns null for an unknown code or id', () => {
    const { reservations } = openTemp();
    reservations.create(sampleReservation());

    expect(reservations.findByCode('ZZZ999')).toBeNull();
    expect(reservations.getById(999)).toBeNull();
  });

  it('rejects a second reservation with the same code in another case', () => {
    const { reservations } = openTemp();
    reservations.create(sampleReservation());

    expect(
      thrownAppError(() =>
        reservations.create(sampleReservation({ confirmationCode: 'abc123' })),
      )?.code,
    ).toBe('conflict');
  });

  it('upsert inserts a new code and updates a known one', () => {
    const { reservations } = openTemp();

    const first = reservations.upsert(sampleReservation());
    const second = reservations.upsert(
      sampleReservation({ confirmationCode: 'Abc123', room: '402' }),
    );

    expect(first.inserted).toBe(true);
    expect(second.inserted).toBe(false);
    expect(second.record.id).toBe(first.record.id);
    expect(second.record.room).toBe('402');
    expect(reservations.list({}).total).toBe(1);
  });

  it('upsert keeps the status when the update states none', () => {
    const { reservations } = openTemp();
    const { record } = reservations.upsert(sampleReservation());
    reservations.setStatus(record.id, 'checked-in');

    const updated = reservations.upsert(sampleReservation({ room: '402' }));

    expect(updated.record.status).toBe('checked-in');
  });

  it('upsert applies a stated status', () => {
    const { reservations } = openTemp();
    reservations.upsert(sampleReservation());

    const updated = reservations.upsert(
      sampleReservation({ status: 'cancelled' }),
    );

    expect(updated.record.status).toBe('cancelled');
  });

  it('finds every reservation of a phone number', () => {
    const { reservations } = openTemp();
    reservations.create(sampleReservation());
    reservations.create(
      sampleReservation({
        confirmationCode: 'DEF456',
        arrivalDate: '2026-12-10',
      }),
    );
    reservations.create(
      sampleReservation({
        confirmationCode: 'GHI789',
        phoneE164: '+4915123456789',
      }),
    );

    const codes = reservations
      .findByPhone('+8613800138000')
      .map((r) => r.confirmationCode);

    expect(codes).toEqual(['ABC123', 'DEF456']);
  });

  it('lists by search term across code, names and room', () => {
    const { reservations } = openTemp();
    reservations.create(sampleReservation());
    reservations.create(
      sampleReservation({
        confirmationCode: 'X1',
        lastName: 'Müller',
        room: '12',
      }),
    );
    reservations.create(
      sampleReservation({
        confirmationCode: 'X2',
        firstName: '小明',
        lastName: '王',
        room: '13',
      }),
    );

    expect(reservations.list({ search: 'zhang' }).total).toBe(1);
    expect(reservations.list({ search: 'abc' }).total).toBe(1);
    expect(reservations.list({ search: '小明' }).total).toBe(1);
    expect(reservations.list({ search: '301' }).total).toBe(1);
    expect(reservations.list({ search: 'x' }).total).toBe(2);
  });

  it('treats LIKE wildcards in a search as plain text', () => {
    const { reservations } = openTemp();
    reservations.create(sampleReservation());
    reservations.create(sampleReservation({ confirmationCode: 'A_B%C' }));

    expect(reservations.list({ search: '%' }).total).toBe(1);
    expect(reservations.list({ search: '_' }).total).toBe(1);
  });

  it('lists by arrival date with limit, offset and total', () => {
    const { reservations } = openTemp();
    for (const code of ['A1', 'A2', 'A3']) {
      reservations.create(sampleReservation({ confirmationCode: code }));
    }
    reservations.create(
      sampleReservation({ confirmationCode: 'B1', arrivalDate: '2026-12-05' }),
    );

    const page = reservations.list({
      arrivalDate: '2026-12-04',
      limit: 2,
      offset: 1,
    });

    expect(page.total).toBe(3);
    expect(page.items.map((r) => r.confirmationCode)).toEqual(['A2', 'A3']);
  });

  it('sets status and departure', () => {
    const { reservations } = openTemp();
    const { id } = reservations.create(sampleReservation());

    reservations.setStatus(id, 'checked-out');
    reservations.setDeparture(id, '2026-12-08', null);

    const record = reservations.getById(id);
    expect(record?.status).toBe('checked-out');
    expect(record?.departureDate).toBe('2026-12-08');
    expect(record?.departureTime).toBeNull();
  });

  it('rejects a status or departure change for an unknown id', () => {
    const { reservations } = openTemp();

    expect(() => reservations.setStatus(42, 'checked-in')).toThrow(
      'Reservation 42 not found',
    );
    expect(() => reservations.setDeparture(42, '2026-12-08', null)).toThrow(
      'Reservation 42 not found',
    );
  });

  it('rejects an unknown status at the database', () => {
    const { reservations } = openTemp();
    const { id } = reservations.create(sampleReservation());

    expect(() => reservations.setStatus(id, 'gone' as 'booked')).toThrow(
      /CHECK constraint/,
    );
  });
});
