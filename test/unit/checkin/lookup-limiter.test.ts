import { describe, expect, it } from 'vitest';

import { LookupLimiter } from '../../../main/checkin/lookup-limiter';
import { failureOfSync, manualClock } from './fixtures';

describe('LookupLimiter', () => {
  it('allows two misses without delay', () => {
    const limiter = new LookupLimiter(manualClock('2036-12-04T10:00:00Z').now);

    expect(limiter.recordFailure()).toBe(0);
    expect(limiter.recordFailure()).toBe(0);
    expect(failureOfSync(() => limiter.assertAllowed())).toBeNull();
  });

  it('delays the lookup after the third miss', () => {
    const limiter = new LookupLimiter(manualClock('2036-12-04T10:00:00Z').now);
    limiter.recordFailure();
    limiter.recordFailure();

    expect(limiter.recordFailure()).toBe(5_000);
    expect(failureOfSync(() => limiter.assertAllowed())).toMatchObject({
      code: 'lookup-locked',
      retryAfterMs: 5_000,
    });
  });

  it('doubles the delay with each further miss', () => {
    const limiter = new LookupLimiter(manualClock('2036-12-04T10:00:00Z').now);
    const delays = Array.from({ length: 5 }, () => limiter.recordFailure());

    expect(delays).toEqual([0, 0, 5_000, 10_000, 20_000]);
  });

  it('locks for five minutes at the sixth miss', () => {
    const limiter = new LookupLimiter(manualClock('2036-12-04T10:00:00Z').now);
    for (let i = 0; i < 5; i += 1) limiter.recordFailure();

    expect(limiter.recordFailure()).toBe(5 * 60 * 1000);
  });

  it('allows lookups again when the lock expires', () => {
    const time = manualClock('2036-12-04T10:00:00Z');
    const limiter = new LookupLimiter(time.now);
    for (let i = 0; i < 6; i += 1) limiter.recordFailure();

    time.advance(5 * 60 * 1000 - 1);
    expect(failureOfSync(() => limiter.assertAllowed())?.retryAfterMs).toBe(1);
    time.advance(1);
    expect(failureOfSync(() => limiter.assertAllowed())).toBeNull();
    expect(limiter.recordFailure()).toBe(0);
  });

  it('resets after a success', () => {
    const limiter = new LookupLimiter(manualClock('2036-12-04T10:00:00Z').now);
    for (let i = 0; i < 4; i += 1) limiter.recordFailure();

    limiter.recordSuccess();

    expect(failureOfSync(() => limiter.assertAllowed())).toBeNull();
    expect(limiter.recordFailure()).toBe(0);
  });
});
