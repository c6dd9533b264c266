import type { GuestStay, IssuedKey } from '../../preload/contract';
import { AppFailure, isAppFailure } from '../errors';
import { createLogger } from '../logging/logger';
import { maskPhone } from '../logging/redact';
import type { ReservationRecord, Storage } from '../storage/types';
import { LookupLimiter } from './lookup-limiter';
import { queueCheckin } from './outbox-payload';
import { assertTextablePhone, phoneCountryOf } from './phone';
import {
  findCandidates,
  matchesSecondFactor,
  type LookupRequest,
} from './second-factor';
import { assertEligible, type StaySettings, type StayTimes } from './stay';
import { TicketBook } from './tickets';
import type { CardService } from './types';

const log = createLogger('checkin');

/**
 * Rejects a phone lookup whose second factor is that phone's last digits:
 * whoever typed the number already knows them, so they prove nothing.
 */
function rejectPhoneWithItsOwnDigits(request: LookupRequest): void {
  if (
    request.booking.by === 'phone' &&
    request.secondFactor.by === 'phone-digits'
  ) {
    throw new AppFailure({
      code: 'invalid-request',
      message:
        "A lookup by phone needs the surname as second factor, not the same phone's last digits.",
      field: 'secondFactor.by',
    });
  }
}

/** Dependencies of the guest flow, provided by the services root. */
export interface GuestCheckinDeps {
  storage: Storage;
  settings: () => StaySettings;
  cards: CardService;
  now: () => Date;
  /** Called after a check-in was queued in the outbox. */
  onQueued: () => void;
}

/**
 * The guest's side of a check-in: find the booking with two factors, hand
 * out a ticket, and issue or queue the card for that ticket only.
 */
export class GuestCheckin {
  private readonly limiter: LookupLimiter;
  private readonly tickets: TicketBook;
  /** Stays whose last issue ended with an unknown outcome. */
  private readonly unknownOutcomes = new Set<number>();
  /** The one resend each ticket may make, shared by repeated calls. */
  private readonly resends = new Map<string, Promise<IssuedKey>>();

  constructor(private readonly deps: GuestCheckinDeps) {
    this.limiter = new LookupLimiter(deps.now);
    this.tickets = new TicketBook(deps.now);
  }

  /**
   * Finds the booking and checks it may check in now. A miss returns only
   * `booking-not-found`, whichever factor was wrong, and counts towards
   * the lookup lock.
   */
  async lookup(request: LookupRequest): Promise<GuestStay> {
    rejectPhoneWithItsOwnDigits(request);
    this.limiter.assertAllowed();
    const reservation = this.match(request);
    this.limiter.recordSuccess();

    const times = assertEligible(
      reservation,
      this.deps.settings(),
      this.deps.now(),
    );
    const ticket = this.tickets.issue(reservation.id);
    log.info(`lookup matched reservation ${reservation.id}`);
    return {
      ticket,
      guestName: `${reservation.firstName} ${reservation.lastName}`.trim(),
      room: reservation.room,
      arrivalAt: times.arrivalAt.toISOString(),
      departureAt: times.departureAt.toISOString(),
      phoneMasked: reservation.phoneE164
        ? maskPhone(reservation.phoneE164)
        : null,
      phoneCountry: phoneCountryOf(reservation.phoneE164),
      existingKey: await this.existingKey(reservation),
    };
  }

  /**
   * Issues the stay's card, or returns the one it has. An unknown outcome
   * is remembered so that the stay cannot also be queued: the server may
   * already have made a card and texted it.
   */
  async issueCard(request: {
    ticket: string;
    sendSms: boolean;
    phone?: string | undefined;
  }): Promise<IssuedKey> {
    const reservation = this.eligibleStay(request.ticket).reservation;
    if (request.phone && request.sendSms) assertTextablePhone(request.phone);
    try {
      return await this.deps.cards.issue(reservation.id, {
        sendSms: request.sendSms,
        ...(request.phone ? { phoneE164: request.phone } : {}),
        actor: 'guest',
      });
    } catch (error) {
      if (isAppFailure(error) && error.detail.code === 'outcome-unknown') {
        this.unknownOutcomes.add(reservation.id);
      }
      throw error;
    }
  }

  /**
   * Texts the stay's key again with a replacement card, once per ticket, so
   * a double tap or a repeat cannot cancel and re-send the card twice. A
   * stay without a card gets one issued by SMS.
   */
  async resendKey(ticket: string): Promise<IssuedKey> {
    const reservation = this.eligibleStay(ticket).reservation;
    const active = this.deps.storage.cards.activeForReservation(reservation.id);
    if (!active) {
      return this.issueCard({ ticket, sendSms: true });
    }
    const earlier = this.resends.get(ticket);
    if (earlier) return earlier;

    const resend = this.deps.cards.resendSms(reservation.id, 'guest');
    this.resends.set(ticket, resend);
    // A failed resend may be tried again with the same ticket.
    resend.catch(() => this.resends.delete(ticket));
    return resend;
  }

  /** Stores the check-in in the outbox, to be texted once the API is reachable. */
  queueOffline(request: { ticket: string; phone?: string | undefined }): {
    outboxId: number;
    smsTo: string;
  } {
    const { reservation, times } = this.eligibleStay(request.ticket);
    if (request.phone) assertTextablePhone(request.phone);
    if (this.unknownOutcomes.has(reservation.id)) {
      throw new AppFailure({
        code: 'conflict',
        message: `An earlier card request for booking ${reservation.confirmationCode} may have reached QR Master; staff must check before queuing another.`,
      });
    }
    const queued = queueCheckin(this.deps.storage, {
      reservation,
      times,
      now: this.deps.now(),
      phoneE164: request.phone ?? reservation.phoneE164,
    });
    this.deps.onQueued();
    return queued;
  }

  /** Lifts the lookup slow-down and lock (staff action). */
  clearLookupLock(): void {
    this.limiter.recordSuccess();
    log.info('lookup lock cleared by staff');
  }

  endSession(ticket?: string): void {
    this.tickets.end(ticket);
    if (ticket) this.resends.delete(ticket);
  }

  /** Guest sessions with a valid ticket. */
  activeSessions(): number {
    return this.tickets.activeCount();
  }

  private match(request: LookupRequest): ReservationRecord {
    const candidates = findCandidates(
      this.deps.storage.reservations,
      request.booking,
    );
    const matches = candidates.filter((candidate) =>
      matchesSecondFactor(candidate, request.secondFactor),
    );
    const found = this.pickCurrent(matches);
    if (found) return found;

    const retryAfterMs = this.limiter.recordFailure();
    log.info(`lookup found no booking (retry after ${retryAfterMs} ms)`);
    throw new AppFailure({
      code: 'booking-not-found',
      message: 'No booking matches these details.',
      ...(retryAfterMs > 0 ? { retryAfterMs } : {}),
    });
  }

  /** Of several bookings on one phone, prefers one that may check in now. */
  private pickCurrent(
    matches: ReservationRecord[],
  ): ReservationRecord | undefined {
    const settings = this.deps.settings();
    const now = this.deps.now();
    const eligible = matches.find((reservation) => {
      try {
        assertEligible(reservation, settings, now);
        return true;
      } catch (error) {
        // An ineligible booking is not an error here, so the next one is tried.
        if (isAppFailure(error)) return false;
        throw error;
      }
    });
    return eligible ?? matches[0];
  }

  private eligibleStay(ticket: string): {
    reservation: ReservationRecord;
    times: StayTimes;
  } {
    const id = this.tickets.resolve(ticket);
    const reservation = this.deps.storage.reservations.getById(id);
    if (!reservation) {
      this.tickets.end(ticket);
      throw new AppFailure({
        code: 'booking-not-found',
        message: 'The booking no longer exists; ask the front desk.',
      });
    }
    const times = assertEligible(
      reservation,
      this.deps.settings(),
      this.deps.now(),
    );
    return { reservation, times };
  }

  private async existingKey(
    reservation: ReservationRecord,
  ): Promise<IssuedKey | null> {
    const card = this.deps.storage.cards.activeForReservation(reservation.id);
    if (!card) return null;
    try {
      return await this.deps.cards.getKey(card.id);
    } catch (error) {
      // The guest can still tap "Issue key", which returns this same card.
      log.warn(`could not fetch the QR of card ${card.cardNo}`, error);
      return null;
    }
  }
}
