import { describe, expect, it } from 'vitest';

import type { Storage } from '../../../main/storage';
import { useStorage, thrownAppError } from './temp-dir';

function enqueue(storage: Storage, payload: unknown = { room: '301' }) {
  return storage.outbox.enqueue('issue-card', null, payload);
}

describe('outbox store', () => {
  const openTemp = useStorage();

  it('enqueues a pending row that is due now', () => {
    const storage = openTemp();
    const before = new Date();

    const row = enqueue(storage, { room: '301', sendSms: true });

    expect(row.state).toBe('pending');
    expect(row.attempts).toBe(0);
    expect(JSON.parse(row.payload)).toEqual({ room: '301', sendSms: true });
    expect(Date.parse(row.nextAttemptAt ?? '')).toBeGreaterThanOrEqual(
      before.getTime(),
    );
    expect(storage.outbox.nextDue(new Date(Date.now() + 1000))?.id).toBe(
      row.id,
    );
  });

  it('keeps the reservation id of a row', () => {
    const storage = openTemp();
    const { id } = storage.reservations.create({
      confirmationCode: 'A1',
      firstName: 'A',
      lastName: 'B',
      phoneE164: null,
      areaCode: null,
      nationalNumber: null,
      building: null,
      floor: null,
      room: '1',
      arrivalDate: '2026-12-04',
      arrivalTime: null,
      departureDate: '2026-12-05',
      departureTime: null,
    });

    const row = storage.outbox.enqueue('issue-card', id, {});

    expect(storage.outbox.getById(row.id)?.reservationId).toBe(id);
  });

  it('returns the oldest due row and skips rows not yet due', () => {
    const storage = openTemp();
    const first = enqueue(storage);
    const second = enqueue(storage);
    storage.outbox.markSending(first.id);
    storage.outbox.markRetry(
      first.id,
      new Date(Date.now() + 60_000),
      'timeout',
    );

    expect(storage.outbox.nextDue(new Date(Date.now() + 1000))?.id).toBe(
      second.id,
    );
    expect(storage.outbox.nextDue(new Date(Date.now() + 120_000))?.id).toBe(
      first.id,
    );
  });

  it('returns null when nothing is due', () => {
    const storage = openTemp();
    enqueue(storage);

    expect(storage.outbox.nextDue(new Date(Date.now() - 60_000))).toBeNull();
  });

  it('counts a sending attempt and records a retry', () => {
    const storage = openTemp();
    const { id } = enqueue(storage);
    const next = new Date('2030-01-01T00:00:00.000Z');

    storage.outbox.markSending(id);
    storage.outbox.markRetry(id, next, 'network unavailable');

    expect(storage.outbox.getById(id)).toMatchObject({
      state: 'pending',
      attempts: 1,
      nextAttemptAt: next.toISOString(),
      lastError: 'network unavailable',
    });
  });

  it('rejects markSending for a row that is not pending', () => {
    const storage = openTemp();
    const { id } = enqueue(storage);
    storage.outbox.markSending(id);

    expect(thrownAppError(() => storage.outbox.markSending(id))?.code).toBe(
      'conflict',
    );
    expect(storage.outbox.getById(id)?.attempts).toBe(1);
  });

  it('marks a row sent and never moves it again', () => {
    const storage = openTemp();
    const { id } = enqueue(storage);
    storage.outbox.markSending(id);
    storage.outbox.markSent(id);

    expect(storage.outbox.getById(id)).toMatchObject({
      state: 'sent',
      nextAttemptAt: null,
    });
    expect(thrownAppError(() => storage.outbox.retryNow(id))?.code).toBe(
      'conflict',
    );
    expect(() => storage.outbox.cancel(id)).toThrow('Outbox entry');
    expect(
      thrownAppError(() =>
        storage.outbox.markRetry(id, new Date(), 'late retry'),
      )?.code,
    ).toBe('conflict');
    expect(storage.outbox.getById(id)?.state).toBe('sent');
  });

  it('waits for staff and goes back to pending on retryNow', () => {
    const storage = openTemp();
    const { id } = enqueue(storage);
    storage.outbox.markSending(id);
    storage.outbox.markNeedsStaff(id, 'outcome unknown');

    expect(storage.outbox.getById(id)).toMatchObject({
      state: 'needs-staff',
      nextAttemptAt: null,
      lastError: 'outcome unknown',
    });
    expect(storage.outbox.nextDue(new Date(Date.now() + 60_000))).toBeNull();

    storage.outbox.retryNow(id);

    expect(storage.outbox.getById(id)?.state).toBe('pending');
    expect(storage.outbox.nextDue(new Date(Date.now() + 1000))?.id).toBe(id);
  });

  it('cancels a row so it is never due', () => {
    const storage = openTemp();
    const { id } = enqueue(storage);

    storage.outbox.cancel(id);

    expect(storage.outbox.getById(id)?.state).toBe('cancelled');
    expect(storage.outbox.pending()).toEqual([]);
    expect(thrownAppError(() => storage.outbox.retryNow(id))?.code).toBe(
      'conflict',
    );
  });

  it('rejects transitions of an unknown row', () => {
    const storage = openTemp();

    expect(() => storage.outbox.markSent(404)).toThrow(
      'Outbox entry 404 not found',
    );
  });

  it('counts pending, sending and needs-staff rows as open', () => {
    const storage = openTemp();
    const ids = [1, 2, 3, 4, 5].map(() => enqueue(storage).id);
    const [, sending = 0, needsStaff = 0, sent = 0, cancelled = 0] = ids;
    storage.outbox.markSending(sending);
    storage.outbox.markSending(needsStaff);
    storage.outbox.markNeedsStaff(needsStaff, 'conflict');
    storage.outbox.markSending(sent);
    storage.outbox.markSent(sent);
    storage.outbox.cancel(cancelled);

    expect(storage.outbox.countOpen()).toBe(3);
    expect(storage.outbox.pending().map((r) => r.id)).toEqual([ids[0]]);
    expect(storage.outbox.list().map((r) => r.id)).toEqual([...ids].reverse());
  });

  it('puts rows left in sending back to pending', () => {
    const storage = openTemp();
    const first = enqueue(storage);
    const second = enqueue(storage);
    storage.outbox.markSending(first.id);

    expect(storage.outbox.recoverInterrupted()).toBe(1);
    expect(storage.outbox.getById(first.id)?.state).toBe('pending');
    expect(storage.outbox.getById(second.id)?.state).toBe('pending');
    expect(storage.outbox.recoverInterrupted()).toBe(0);
  });
});
