// Group issue through the real card service and client against the
// simulator with faults injected on a share of calls.
import { describe, expect, it } from 'vitest';

import { useStaffHarness, type StaffHarness } from './harness';
import { bookingFor, injectGroupFaults } from './sim-fixtures';
import { useSimulator } from './simulator';

const GROUP_SIZE = 200;
const MAX_ROUNDS = 5;

/** Runs the group, then retries the failed rows as the staff screen does. */
async function issueWithRetries(staff: StaffHarness, ids: number[]) {
  let pending = ids;
  const rounds: number[] = [];
  for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round += 1) {
    const { results } = await staff.value('cards:group-issue', {
      jobId: `group-${round}`,
      reservationIds: pending,
      sendSms: false,
    });
    pending = results.filter((row) => !row.ok).map((row) => row.reservationId);
    rounds.push(pending.length);
  }
  return { failedAfterEachRound: rounds, stillFailed: pending };
}

describe('group issue against the simulator', () => {
  const harness = useStaffHarness();
  const simulated = useSimulator();

  it('issues 200 distinct cards despite faults', async () => {
    const { simulator, options } = await simulated({
      rooms: GROUP_SIZE,
      totalTimeoutMs: 800,
    });
    const staff = harness(options);
    await staff.unlock();
    const ids = Array.from(
      { length: GROUP_SIZE },
      (_, index) => staff.storage.reservations.create(bookingFor(index)).id,
    );
    injectGroupFaults(simulator);

    const { stillFailed } = await issueWithRetries(staff, ids);
    const outcomes = simulator.requests().map((request) => request.status);

    const active = ids.map((id) =>
      staff.storage.cards.activeForReservation(id),
    );
    const cardNos = active.map((card) => card?.cardNo);
    const serverState = new Map(
      simulator.cards().map((card) => [card.cardNo, card.state]),
    );
    // The faults fired, so the run covered them.
    expect(outcomes).toContain('http-500');
    expect(outcomes).toContain('dropped');
    expect(outcomes).toContain('no-answer');
    expect(stillFailed).toEqual([]);
    expect(active.every((card) => card !== null)).toBe(true);
    expect(new Set(cardNos).size).toBe(GROUP_SIZE);
    expect(cardNos.every((no) => serverState.get(no ?? '') === 'active')).toBe(
      true,
    );
    for (const id of ids) {
      const cards = staff.storage.cards.listForReservation(id);
      expect(cards.filter((card) => card.status === 'active')).toHaveLength(1);
    }
  });

  it('skips getLink for stays with cards', async () => {
    const { simulator, options } = await simulated({ rooms: 20 });
    const staff = harness(options);
    await staff.unlock();
    const ids = Array.from(
      { length: 20 },
      (_, index) => staff.storage.reservations.create(bookingFor(index)).id,
    );
    await staff.value('cards:group-issue', {
      jobId: 'first',
      reservationIds: ids,
      sendSms: false,
    });
    simulator.resetRequests();

    const again = await staff.value('cards:group-issue', {
      jobId: 'again',
      reservationIds: ids,
      sendSms: false,
    });

    expect(again.results.every((row) => row.ok)).toBe(true);
    expect(simulator.requests().filter((r) => r.action === 'getLink')).toEqual(
      [],
    );
  });
});
