import { describe, expect, it } from 'vitest';

import { LookupLimiter } from '../../../main/checkin/lookup-limiter';
import { isAppFailure } from '../../../main/errors';

function clock(start = Date.parse('2026-12-04T10:00:00Z')) {
  let nowMs = start;
  return {
    now: () => new Date(nowMs),
    advance: (ms: number) => {
      nowMs += ms;
    },
  };
}

function failureOf(run: () => void) {
  try {
    run();
  } catch (error) {
    if (isAppFailure(error)) return error.detail;
    throw error;
  }
  return null;
}

describe('LookupLimiter', () => {
  it('allows two misses without delay', () => {
    const limiter = new LookupLimiter(clock().now);

    expect(limiter.recordFailure()).toBe(0);
    expect(limiter.recordFailure()).toBe(0);
    expect(failureOf(() => limiter.assertAllowed())).toBeNull();
  });

  it('delays the lookup after the third miss', () => {
    const limiter = new LookupLimiter(clock().now);
    limiter.recordFailure();
    limiter.recordFailure();

    expect(limiter.recordFailure()).toBe(5_000);
    expect(failureOf(() => limiter.assertAllowed())).toMatchObject({
      code: 'lookup-locked',
      retryAfterMs: 5_000,
    });
  });

  it('doubles the delay with each further miss', () => {
    const limiter = new LookupLimiter(clock().now);
    const delays = Array.from({ length: 5 }, () => limiter.recordFailure());

    expect(delays).toEqual([0, 0, 5_000, 10_000, 20_000]);
  });

  it('locks for five minutes at the sixth miss', () => {
    const limiter = new LookupLimiter(clock().now);
    for (let i = 0; i < 5; i += 1) limiter.recordFailure();

    expect(limiter.recordFailure()).toBe(5 * 60 * 1000);
  });

  it('allows lookups again when the lock expires', () => {
    const time = clock();
    const limiter = new LookupLimiter(time.now);
    for (let i = 0; i < 6; i += 1) limiter.recordFailure();

    time.advance(5 * 60 * 1000 - 1);
    expect(failureOf(() => limiter.assertAllowed())?.retryAfterMs).toBe(1);
    time.advance(1);
    expect(failureOf(() => limiter.assertAllowed())).toBeNull();
    expect(limiter.recordFailure()).toBe(0);
  });

  it('resets after a success', () => {
    const limiter = new LookupLimiter(clock().now);
    for (let i = 0; i < 4; i += 1) limiter.recordFailure();

    limiter.recordSuccess();

    expect(failureOf(() => limiter.assertAllowed())).toBeNull();
    expect(limiter.recordFailure()).toBe(0);
  });
});
