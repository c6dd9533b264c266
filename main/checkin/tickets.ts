import { randomBytes } from 'node:crypto';

import { AppFailure } from '../errors';

/** How long a looked-up stay may be acted on without a new lookup. */
export const TICKET_TTL_MS = 15 * 60 * 1000;

interface TicketEntry {
  reservationId: number;
  expiresAtMs: number;
}

/**
 * Opaque, short-lived handles that stand for a looked-up stay. The renderer
 * gets only the ticket, never the reservation id, so it cannot issue a card
 * for a booking it did not find.
 */
export class TicketBook {
  private readonly entries = new Map<string, TicketEntry>();

  constructor(private readonly now: () => Date) {}

  issue(reservationId: number): string {
    this.dropExpired();
    const ticket = randomBytes(32).toString('base64url');
    this.entries.set(ticket, {
      reservationId,
      expiresAtMs: this.now().getTime() + TICKET_TTL_MS,
    });
    return ticket;
  }

  /** Returns the reservation id, or throws `ticket-expired`. */
  resolve(ticket: string): number {
    const entry = this.entries.get(ticket);
    if (!entry || entry.expiresAtMs <= this.now().getTime()) {
      this.entries.delete(ticket);
      throw new AppFailure({
        code: 'ticket-expired',
        message:
          'The check-in session has expired or ended; look up the booking again.',
      });
    }
    return entry.reservationId;
  }

  /** Ends one ticket, or every ticket when none is given. */
  end(ticket?: string): void {
    if (ticket === undefined) {
      this.entries.clear();
      return;
    }
    this.entries.delete(ticket);
  }

  /** Number of tickets still valid: guest sessions in progress. */
  activeCount(): number {
    this.dropExpired();
    return this.entries.size;
  }

  private dropExpired(): void {
    const nowMs = this.now().getTime();
    for (const [ticket, entry] of this.entries) {
      if (entry.expiresAtMs <= nowMs) this.entries.delete(ticket);
    }
  }
}
