import { AppFailure } from '../errors';

/** Failures allowed before each further failure adds a delay. */
const FREE_FAILURES = 2;
/** Failures after which lookups lock for LOCK_MS. */
const LOCK_AFTER_FAILURES = 6;
const FIRST_DELAY_MS = 5_000;
const LOCK_MS = 5 * 60 * 1000;

/**
 * Slows down and then locks booking lookups after repeated misses. There is
 * one counter per kiosk process, because a guest at the screen can change
 * any part of the request: two free misses, then 5 s, 10 s, 20 s of delay,
 * and a 5-minute lock at the sixth miss. A successful lookup resets it.
 */
export class LookupLimiter {
  private failures = 0;
  private blockedUntilMs = 0;

  constructor(private readonly now: () => Date) {}

  /** Throws `lookup-locked` with retryAfterMs while lookups must wait. */
  assertAllowed(): void {
    const waitMs = this.blockedUntilMs - this.now().getTime();
    if (waitMs <= 0) {
      if (this.failures >= LOCK_AFTER_FAILURES) this.failures = 0;
      return;
    }

    throw new AppFailure({
      code: 'lookup-locked',
      message: `Booking lookup is paused after ${this.failures} failed attempts; try again in ${Math.ceil(waitMs / 1000)} s.`,
      retryAfterMs: waitMs,
    });
  }

  /** Counts a miss and returns how long the next lookup must wait (ms). */
  recordFailure(): number {
    this.failures += 1;
    const waitMs = this.delayAfter(this.failures);
    this.blockedUntilMs = this.now().getTime() + waitMs;
    return waitMs;
  }

  /** Forgets every miss: a success, or staff lifting the lock. */
  recordSuccess(): void {
    this.failures = 0;
    this.blockedUntilMs = 0;
  }

  private delayAfter(failures: number): number {
    if (failures >= LOCK_AFTER_FAILURES) return LOCK_MS;
    if (failures <= FREE_FAILURES) return 0;
    return FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES - 1);
  }
}
