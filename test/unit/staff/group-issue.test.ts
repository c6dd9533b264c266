// Scheduling of group issues: concurrency, progress, order and the
// offline shortcut. The card service is an in-test stand-in whose calls
// the test releases, so in-flight counts are exact without timing.
import { describe, expect, it } from 'vitest';

import type { ErrorCode, IssuedKey } from '../../../preload/contract';
import type { CardService } from '../../../main/checkin/types';
import { AppFailure } from '../../../main/errors';
import { GROUP_CONCURRENCY } from '../../../main/staff/group-issue';
import { sampleReservation } from '../storage/temp-dir';
import { storageOnlyCards } from './fakes';
import { useStaffHarness, type StaffHarness } from './harness';

type IssueOutcome = { cardNo: string } | { failWith: ErrorCode };

/** Wraps the stand-in so that `decide` sets the outcome of each issue. */
function scriptedCards(decide: (reservationId: number) => IssueOutcome): (
  storage: Parameters<typeof storageOnlyCards>[0],
) => CardService & {
  maxInFlight(): number;
  issued: number[];
} {
  return (storage) => {
    const base = storageOnlyCards(storage);
    let inFlight = 0;
    let maxInFlight = 0;
    const issued: number[] = [];
    return {
      ...base,
      issued,
      maxInFlight: () => maxInFlight,
      async issue(reservationId, options): Promise<IssuedKey> {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        issued.push(reservationId);
        // Yield so other workers start before this call settles.
        await new Promise((resolve) => setImmediate(resolve));
        inFlight -= 1;

        const outcome = decide(reservationId);
        if ('failWith' in outcome) {
          throw new AppFailure({
            code: outcome.failWith,
            message: `${outcome.failWith} for ${reservationId}`,
          });
        }
        return base.issue(reservationId, options);
      },
    };
  };
}

function seed(staff: StaffHarness, count: number): number[] {
  return Array.from({ length: count }, (_, index) => {
    const record = staff.storage.reservations.create(
      sampleReservation({
        confirmationCode: `GRP${index}`,
        room: String(1000 + index),
      }),
    );
    return record.id;
  });
}

describe('group issue', () => {
  const harness = useStaffHarness();

  it('keeps at most the bounded number in flight', async () => {
    const cards = scriptedCards(() => ({ cardNo: 'x' }));
    let service: ReturnType<ReturnType<typeof scriptedCards>> | undefined;
    const staff = harness({
      cards: ({ storage }) => (service = cards(storage)),
    });
    await staff.unlock();
    const ids = seed(staff, 40);

    await staff.value('cards:group-issue', {
      jobId: 'job-1',
      reservationIds: ids,
      sendSms: false,
    });

    expect(service?.maxInFlight()).toBe(GROUP_CONCURRENCY);
  });

  it('returns one result per reservation in request order', async () => {
    const staff = harness({
      cards: ({ storage }) =>
        scriptedCards((id) =>
          id % 3 === 0 ? { failWith: 'api-error' } : { cardNo: 'x' },
        )(storage),
    });
    await staff.unlock();
    const ids = seed(staff, 12).reverse();

    const { results } = await staff.value('cards:group-issue', {
      jobId: 'job-2',
      reservationIds: ids,
      sendSms: false,
    });

    expect(results.map((result) => result.reservationId)).toEqual(ids);
    for (const result of results) {
      expect(result.ok).toBe(result.reservationId % 3 !== 0);
    }
    const failed = results.find((result) => !result.ok);
    expect(failed?.errorCode).toBe('api-error');
    expect(failed?.message).toContain('api-error');
    expect(failed?.cardNo).toBeNull();
  });

  it('pushes progress after every row', async () => {
    const staff = harness();
    await staff.unlock();
    const ids = seed(staff, 5);

    await staff.value('cards:group-issue', {
      jobId: 'job-3',
      reservationIds: ids,
      sendSms: false,
    });

    expect(staff.events).toEqual(
      [1, 2, 3, 4, 5].map((done) => ({
        event: 'cards:group-progress',
        payload: { jobId: 'job-3', done, total: 5 },
      })),
    );
  });

  it('issues a repeated id once', async () => {
    const staff = harness();
    await staff.unlock();
    const [id] = seed(staff, 1) as [number];

    const { results } = await staff.value('cards:group-issue', {
      jobId: 'job-4',
      reservationIds: [id, id, id],
      sendSms: false,
    });

    expect(results).toHaveLength(1);
    expect(staff.storage.cards.listForReservation(id)).toHaveLength(1);
  });

  it('returns the same card when retried', async () => {
    const staff = harness();
    await staff.unlock();
    const ids = seed(staff, 4);
    const request = { jobId: 'job-5', reservationIds: ids, sendSms: false };

    const first = await staff.value('cards:group-issue', request);
    const second = await staff.value('cards:group-issue', request);

    expect(second.results.map((result) => result.cardNo)).toEqual(
      first.results.map((result) => result.cardNo),
    );
  });

  it('stops starting rows once the network is unavailable', async () => {
    let service: ReturnType<ReturnType<typeof scriptedCards>> | undefined;
    const cards = scriptedCards(() => ({ failWith: 'network-unavailable' }));
    const staff = harness({
      cards: ({ storage }) => (service = cards(storage)),
    });
    await staff.unlock();
    const ids = seed(staff, 30);

    const { results } = await staff.value('cards:group-issue', {
      jobId: 'job-6',
      reservationIds: ids,
      sendSms: false,
    });

    expect(service?.issued.length).toBe(GROUP_CONCURRENCY);
    expect(results).toHaveLength(30);
    expect(
      results.every((result) => result.errorCode === 'network-unavailable'),
    ).toBe(true);
    expect(results.at(-1)?.message).toContain('Not attempted');
  });

  it('tells staff to check before retrying an unknown outcome', async () => {
    const staff = harness({
      cards: ({ storage }) =>
        scriptedCards(() => ({ failWith: 'outcome-unknown' }))(storage),
    });
    await staff.unlock();
    const ids = seed(staff, 1);

    const { results } = await staff.value('cards:group-issue', {
      jobId: 'job-9',
      reservationIds: ids,
      sendSms: false,
    });

    expect(results[0]?.errorCode).toBe('outcome-unknown');
    expect(results[0]?.message).toContain('check the room in QR Master');
  });

  it('reports an unknown reservation', async () => {
    const staff = harness();
    await staff.unlock();

    const { results } = await staff.value('cards:group-issue', {
      jobId: 'job-7',
      reservationIds: [999],
      sendSms: false,
    });

    expect(results).toEqual([
      expect.objectContaining({
        reservationId: 999,
        ok: false,
        errorCode: 'booking-not-found',
      }),
    ]);
  });

  it('audits a summary of the job', async () => {
    const staff = harness();
    await staff.unlock();
    const ids = seed(staff, 3);

    await staff.value('cards:group-issue', {
      jobId: 'job-8',
      reservationIds: [...ids, 999],
      sendSms: false,
    });
    const [entry] = staff.storage.audit.list({ action: 'cards.group-issued' });

    expect(entry?.detail).toBe('job job-8: 3 issued, 1 failed');
  });
});
