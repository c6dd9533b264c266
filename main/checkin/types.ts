import type { CardRecord, IssuedKey } from '../../preload/contract';

/** Who started a card operation, for the audit log. */
export type Actor = 'guest' | 'staff' | 'outbox' | 'system';

export interface IssueOptions {
  sendSms: boolean;
  /** A number to text instead of the booking's, E.164. */
  phoneE164?: string;
  /** Narrower validity within the stay (staff); defaults from the booking. */
  validFrom?: Date;
  validUntil?: Date;
  actor: Actor;
}

/**
 * Card operations with the one-active-card-per-stay policy. Every method
 * throws AppFailure for expected failures (QR Master errors mapped to the
 * contract's codes) and writes the audit log.
 */
export interface CardService {
  /**
   * Returns the stay's active card, or issues one. Concurrent calls for the
   * same reservation share one getLink.
   */
  issue(reservationId: number, options: IssueOptions): Promise<IssuedKey>;
  /** The card with a freshly fetched QR image. */
  getKey(cardId: number): Promise<IssuedKey>;
  /** Issues a replacement texted by SMS, then cancels the old card. */
  resendSms(reservationId: number, actor: Actor): Promise<IssuedKey>;
  cancel(cardId: number, actor: Actor): Promise<CardRecord>;
  reportLost(
    cardId: number,
    wholeRoom: boolean,
    actor: Actor,
  ): Promise<CardRecord>;
  /** Moves the departure and replaces the card with one ending then. */
  extendStay(
    reservationId: number,
    departureDate: string,
    departureTime: string | null,
    actor: Actor,
  ): Promise<IssuedKey>;
}

/** Sends queued check-ins when the API is reachable again. */
export interface OutboxWorker {
  start(): void;
  stop(): Promise<void>;
  /** Wakes the worker now (after a retry, or when the network returns). */
  poke(): void;
}
