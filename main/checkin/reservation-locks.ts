/**
 * Runs card operations one at a time per reservation, so a resend, an
 * extension and a cancel for one stay never interleave.
 */
export class ReservationLocks {
  private readonly tails = new Map<number, Promise<unknown>>();
  private running = 0;

  run<T>(reservationId: number, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(reservationId) ?? Promise.resolve();
    this.running += 1;

    // A failed earlier operation must not block the next one; its caller
    // already received that failure.
    const next = previous.catch(() => undefined).then(work);
    const tail = next
      .catch(() => undefined)
      .finally(() => {
        this.running -= 1;
        if (this.tails.get(reservationId) === tail) {
          this.tails.delete(reservationId);
        }
      });
    this.tails.set(reservationId, tail);
    return next;
  }

  /** Operations queued or running. */
  size(): number {
    return this.running;
  }
}
