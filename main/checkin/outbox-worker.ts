import type { ErrorCode } from '../../preload/contract';
import { AppFailure, isAppFailure } from '../errors';
import { createLogger } from '../logging/logger';
import type { OutboxRecord, Storage } from '../storage/types';
import { QueuedCheckinSchema } from './outbox-payload';
import { assertEligible, type StaySettings } from './stay';
import type { CardService, OutboxWorker } from './types';

const log = createLogger('outbox');

/** Failures that may pass on their own: the row is tried again later. */
const retryableCodes = new Set<ErrorCode>([
  'network-unavailable',
  'invalid-response',
  'api-error',
  'quota-exceeded',
  'issuing-disabled',
]);

export interface OutboxWorkerOptions {
  storage: Storage;
  cards: CardService;
  settings: () => StaySettings;
  now: () => Date;
  /** Called after each change of a row's state. */
  onChange: () => void;
  /** Delay before the first retry; doubles per attempt. */
  firstRetryMs?: number;
  maxRetryMs?: number;
  /** Uniform random number in [0, 1), for jitter. */
  random?: () => number;
}

/** The outbox worker with the extras the services root and tests use. */
export interface RunningOutboxWorker extends OutboxWorker {
  /** Sends every due row now; resolves when none is left. */
  drain(): Promise<void>;
  /** Makes every waiting row due now, as when the network returns. */
  retryAllNow(): void;
}

export function createOutboxWorker(
  options: OutboxWorkerOptions,
): RunningOutboxWorker {
  return new SerialOutboxWorker(options);
}

/**
 * Sends queued check-ins one at a time, oldest first. A row is marked
 * `sending` before its call, so a crash never leads to a second send: rows
 * found in `sending` at start go to staff unless their card was stored.
 */
class SerialOutboxWorker implements RunningOutboxWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private started = false;
  private stopping = false;
  private readonly firstRetryMs: number;
  private readonly maxRetryMs: number;
  private readonly random: () => number;

  constructor(private readonly options: OutboxWorkerOptions) {
    this.firstRetryMs = options.firstRetryMs ?? 10_000;
    this.maxRetryMs = options.maxRetryMs ?? 10 * 60 * 1000;
    this.random = options.random ?? Math.random;
  }

  start(): void {
    this.started = true;
    this.settleInterrupted();
    log.info('outbox worker started');
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    log.info('outbox worker stopped');
  }

  poke(): void {
    this.schedule(0);
  }

  retryAllNow(): void {
    for (const row of this.options.storage.outbox.pending()) {
      this.options.storage.outbox.retryNow(row.id);
    }
    this.poke();
  }

  drain(): Promise<void> {
    if (!this.running) {
      this.running = this.sendDue().finally(() => {
        this.running = null;
        this.scheduleNextDue();
      });
    }
    return this.running;
  }

  private schedule(delayMs: number): void {
    if (!this.started || this.stopping) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.drain();
    }, delayMs);
    this.timer.unref();
  }

  private scheduleNextDue(): void {
    const dueTimes = this.options.storage.outbox
      .pending()
      .map((row) => Date.parse(row.nextAttemptAt ?? ''))
      .filter((time) => Number.isFinite(time));
    if (dueTimes.length === 0) return;
    const waitMs = Math.min(...dueTimes) - this.options.now().getTime();
    this.schedule(Math.max(0, waitMs));
  }

  private async sendDue(): Promise<void> {
    const { outbox } = this.options.storage;
    for (;;) {
      if (this.stopping) return;
      const row = outbox.nextDue(this.options.now());
      if (!row) return;
      await this.send(row);
      this.options.onChange();
    }
  }

  private async send(row: OutboxRecord): Promise<void> {
    const { outbox } = this.options.storage;
    outbox.markSending(row.id);
    const attempt = row.attempts + 1;

    try {
      await this.issue(row);
      outbox.markSent(row.id);
      this.audit(row, 'outbox.sent', { attempt });
      log.info(`outbox row ${row.id} sent on attempt ${attempt}`);
    } catch (error) {
      this.handleFailure(row, attempt, error);
    }
  }

  private async issue(row: OutboxRecord): Promise<void> {
    const payload = QueuedCheckinSchema.parse(JSON.parse(row.payload));
    const reservation =
      row.reservationId === null
        ? null
        : this.options.storage.reservations.getById(row.reservationId);
    if (!reservation) {
      throw new AppFailure({
        code: 'booking-not-found',
        message: `Reservation ${row.reservationId} not found; it was removed after the check-in was queued.`,
      });
    }

    assertEligible(reservation, this.options.settings(), this.options.now());
    await this.options.cards.issue(reservation.id, {
      sendSms: payload.sendSms,
      phoneE164: payload.phoneE164,
      validFrom: new Date(payload.validFrom),
      validUntil: new Date(payload.validUntil),
      actor: 'outbox',
    });
  }

  private handleFailure(row: OutboxRecord, attempt: number, error: unknown) {
    const { outbox } = this.options.storage;
    if (isAppFailure(error) && retryableCodes.has(error.detail.code)) {
      const next = new Date(
        this.options.now().getTime() + this.retryDelay(attempt),
      );
      outbox.markRetry(
        row.id,
        next,
        `${error.detail.code}: ${error.detail.message}`,
      );
      log.warn(
        `outbox row ${row.id} attempt ${attempt} failed (${error.detail.code}); retry at ${next.toISOString()}`,
      );
      return;
    }

    const reason = isAppFailure(error)
      ? `${error.detail.code}: ${error.detail.message}`
      : `internal: ${error instanceof Error ? error.message : String(error)}`;
    outbox.markNeedsStaff(row.id, reason);
    this.audit(row, 'outbox.needs-staff', { attempt, reason });
    log.error(`outbox row ${row.id} needs staff: ${reason}`);
  }

  /** Exponential backoff with jitter: half to all of the doubled delay. */
  private retryDelay(attempt: number): number {
    const ceiling = Math.min(
      this.maxRetryMs,
      this.firstRetryMs * 2 ** Math.max(0, attempt - 1),
    );
    return Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
  }

  /**
   * Settles rows a crash left in `sending`. The card may or may not have
   * been made, so resending could text the guest twice: a row whose card
   * is stored counts as sent, any other goes to staff.
   */
  private settleInterrupted(): void {
    const { outbox, cards } = this.options.storage;
    const interrupted = outbox.list().filter((row) => row.state === 'sending');
    for (const row of interrupted) {
      const card =
        row.reservationId === null
          ? null
          : cards.activeForReservation(row.reservationId);
      if (card) {
        outbox.markSent(row.id);
        this.audit(row, 'outbox.sent', {
          recovered: true,
          cardNo: card.cardNo,
        });
        continue;
      }
      const reason =
        'outcome-unknown: sending was interrupted; check the room in QR Master before retrying.';
      outbox.markNeedsStaff(row.id, reason);
      this.audit(row, 'outbox.needs-staff', { reason });
    }
    outbox.recoverInterrupted();
  }

  private audit(row: OutboxRecord, action: string, detail: object): void {
    this.options.storage.audit.record({
      actor: 'outbox',
      action,
      reservationId: row.reservationId,
      cardNo: null,
      room: null,
      detail: JSON.stringify({ outboxId: row.id, ...detail }),
    });
  }
}
