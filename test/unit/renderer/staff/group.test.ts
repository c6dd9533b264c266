import { describe, expect, it } from 'vitest';

import {
  failedIds,
  mergeResults,
  type GroupResult,
} from '../../../../renderer/src/staff/stores/group';

function row(reservationId: number, ok: boolean): GroupResult {
  return {
    reservationId,
    ok,
    cardNo: ok ? `CARD${reservationId}` : null,
    errorCode: ok ? null : 'quota-exceeded',
    message: ok ? null : 'quota',
  };
}

describe('group results', () => {
  it('lists only the failed reservations', () => {
    expect(failedIds([row(1, true), row(2, false), row(3, false)])).toEqual([
      2, 3,
    ]);
  });

  it('replaces retried rows in place', () => {
    const merged = mergeResults(
      [row(1, true), row(2, false), row(3, true)],
      [row(2, true)],
    );
    expect(merged.map((r) => [r.reservationId, r.ok])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
  });

  it('appends rows that were not in the earlier run', () => {
    const merged = mergeResults([row(1, true)], [row(5, false)]);
    expect(merged.map((r) => r.reservationId)).toEqual([1, 5]);
  });
});
