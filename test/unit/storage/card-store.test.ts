import { describe, expect, it } from 'vitest';

import type { NewCard, Storage } from '../../../main/storage';
import { sampleReservation, useStorage, thrownAppError } from './temp-dir';

function sampleCard(
  reservationId: number,
  overrides: Partial<NewCard> = {},
): NewCard {
  return {
    cardNo: 'C-1001',
    reservationId,
    room: '301',
    validFrom: '2026-12-04T06:00:00.000Z',
    validUntil: '2026-12-06T03:30:00.000Z',
    smsSent: true,
    issuedAt: '2026-12-04T06:01:00.000Z',
    ...overrides,
  };
}

function withReservation(storage: Storage, code = 'ABC123', building = '1') {
  return storage.reservations.create(
    sampleReservation({ confirmationCode: code, building }),
  ).id;
}

describe('card store', () => {
  const openTemp = useStorage();

  it('inserts an active card and reads it back', () => {
    const storage = openTemp();
    const reservationId = withReservation(storage);

    const card = storage.cards.insert(sampleCard(reservationId));

    expect(card.status).toBe('active');
    expect(card.smsSent).toBe(true);
    expect(card.endedAt).toBeNull();
    expect(storage.cards.getById(card.id)).toEqual(card);
    expect(storage.cards.getByCardNo('C-1001')).toEqual(card);
    expect(storage.cards.activeForReservation(reservationId)).toEqual(card);
  });

  it('stores smsSent false as a boolean', () => {
    const storage = openTemp();
    const reservationId = withReservation(storage);

    const card = storage.cards.insert(
      sampleCard(reservationId, { smsSent: false }),
    );

    expect(storage.cards.getById(card.id)?.smsSent).toBe(false);
  });

  it('rejects a second active card for one reservation', () => {
    const storage = openTemp();
    const reservationId = withReservation(storage);
    storage.cards.insert(sampleCard(reservationId));

    expect(
      thrownAppError(() =>
        storage.cards.insert(sampleCard(reservationId, { cardNo: 'C-1002' })),
      )?.code,
    ).toBe('conflict');
    expect(storage.cards.listForReservation(reservationId)).toHaveLength(1);
  });

  it('allows a new card once the active one has ended', () => {
    const storage = openTemp();
    const reservationId = withReservation(storage);
    const first = storage.cards.insert(sampleCard(reservationId));

    storage.cards.end(first.id, 'replaced', '2026-12-05T01:00:00.000Z');
    const second = storage.cards.insert(
      sampleCard(reservationId, { cardNo: 'C-1002' }),
    );

    expect(storage.cards.activeForReservation(reservationId)?.id).toBe(
      second.id,
    );
    expect(storage.cards.getById(first.id)).toMatchObject({
      status: 'replaced',
      endedAt: '2026-12-05T01:00:00.000Z',
    });
    expect(
      storage.cards.listForReservation(reservationId).map((c) => c.id),
    ).toEqual([first.id, second.id]);
  });

  it('rejects a duplicate card number', () => {
    const storage = openTemp();
    const first = withReservation(storage, 'A1');
    const second = withReservation(storage, 'A2');
    storage.cards.insert(sampleCard(first));

    expect(() => storage.cards.insert(sampleCard(second))).toThrow(
      'Card C-1001 is already stored.',
    );
  });

  it('rejects a card for an unknown reservation', () => {
    const storage = openTemp();

    expect(() => storage.cards.insert(sampleCard(999))).toThrow(/FOREIGN KEY/);
  });

  it('rejects ending a card twice', () => {
    const storage = openTemp();
    const card = storage.cards.insert(sampleCard(withReservation(storage)));
    storage.cards.end(card.id, 'cancelled', '2026-12-05T01:00:00.000Z');

    expect(() =>
      storage.cards.end(card.id, 'lost', '2026-12-05T02:00:00.000Z'),
    ).toThrow('Card C-1001 is already cancelled.');
    expect(storage.cards.getById(card.id)?.status).toBe('cancelled');
  });

  it('rejects ending an unknown card', () => {
    const storage = openTemp();

    expect(
      thrownAppError(() =>
        storage.cards.end(7, 'lost', '2026-12-05T02:00:00.000Z'),
      )?.code,
    ).toBe('card-not-found');
  });

  it('lists active cards of one room in one building', () => {
    const storage = openTemp();
    const a = storage.cards.insert(
      sampleCard(withReservation(storage, 'A1', '1')),
    );
    storage.cards.insert(
      sampleCard(withReservation(storage, 'A2', '2'), { cardNo: 'C-2' }),
    );
    const ended = storage.cards.insert(
      sampleCard(withReservation(storage, 'A3', '1'), { cardNo: 'C-3' }),
    );
    storage.cards.end(ended.id, 'lost', '2026-12-05T02:00:00.000Z');

    expect(storage.cards.activeForRoom('301', '1').map((c) => c.id)).toEqual([
      a.id,
    ]);
    expect(storage.cards.activeForRoom('999', '1')).toEqual([]);
  });

  it('matches a room without a building only to cards without one', () => {
    const storage = openTemp();
    const reservationId = storage.reservations.create(
      sampleReservation({ building: null }),
    ).id;
    const card = storage.cards.insert(sampleCard(reservationId));
    storage.cards.insert(
      sampleCard(withReservation(storage, 'B1', '1'), { cardNo: 'C-2' }),
    );

    expect(storage.cards.activeForRoom('301', null).map((c) => c.id)).toEqual([
      card.id,
    ]);
  });
});
