import type { CardRecord, IssuedKey } from '../../preload/contract';
import { AppFailure } from '../errors';
import { createLogger } from '../logging/logger';
import { maskPhone } from '../logging/redact';
import { isQrMasterError } from '../qrmaster/errors';
import type { QrMasterApi } from '../qrmaster/types';
import type {
  CardRecord as StoredCard,
  ReservationRecord,
  Storage,
} from '../storage/types';
import {
  CardMinter,
  trackApiOutcome,
  type ApiOutcomeListener,
  type MintedCard,
} from './card-minting';
import { CardLedger } from './card-ledger';
import { toAppFailure } from './errors';
import { splitPhone, type CardHolderPhone } from './phone';
import { ReservationLocks } from './reservation-locks';
import {
  cardWindowOf,
  stayTimesOf,
  type CardWindow,
  type StaySettings,
} from './stay';
import type { Actor, CardService, IssueOptions } from './types';

const log = createLogger('checkin');

/** Dependencies of the card service, provided by the services root. */
export interface CardServiceDeps {
  storage: Storage;
  settings: () => StaySettings;
  /** The client in use now, or null while issuing is off. */
  api: () => QrMasterApi | null;
  now: () => Date;
  onApiOutcome?: ApiOutcomeListener;
}

/** The card service with the counters the services root reads. */
export interface CardServiceWithState extends CardService {
  /** Card operations in progress. */
  pendingOperations(): number;
}

/** Creates the card service: one active card per stay, audited. */
export function createCardService(deps: CardServiceDeps): CardServiceWithState {
  return new PolicyCardService(deps);
}

class PolicyCardService implements CardServiceWithState {
  private readonly locks = new ReservationLocks();
  private readonly inflightIssues = new Map<number, Promise<IssuedKey>>();
  private readonly minter: CardMinter;
  private readonly ledger: CardLedger;
  private readonly onApiOutcome: ApiOutcomeListener;

  constructor(private readonly deps: CardServiceDeps) {
    this.onApiOutcome = deps.onApiOutcome ?? (() => undefined);
    this.minter = new CardMinter(deps.storage.audit, this.onApiOutcome);
    this.ledger = new CardLedger(deps.storage, deps.now);
  }

  pendingOperations(): number {
    return this.locks.size();
  }

  issue(reservationId: number, options: IssueOptions): Promise<IssuedKey> {
    const inflight = this.inflightIssues.get(reservationId);
    if (inflight) return inflight;

    const issuing = this.locks
      .run(reservationId, () => this.issueOnce(reservationId, options))
      .finally(() => this.inflightIssues.delete(reservationId));
    this.inflightIssues.set(reservationId, issuing);
    return issuing;
  }

  async getKey(cardId: number): Promise<IssuedKey> {
    const card = this.ledger.storedCard(cardId);
    return this.keyFor(card, this.ledger.reservation(card.reservationId));
  }

  resendSms(reservationId: number, actor: Actor): Promise<IssuedKey> {
    return this.locks.run(reservationId, async () => {
      const reservation = this.ledger.reservation(reservationId);
      const window = this.windowFor(reservation, {});
      return this.replace(reservation, window, true, actor);
    });
  }

  async cancel(cardId: number, actor: Actor): Promise<CardRecord> {
    const { reservationId } = this.ledger.storedCard(cardId);
    return this.locks.run(reservationId, async () => {
      // Checked inside the lock: a concurrent call may have ended the card.
      const card = this.ledger.activeCard(cardId);
      await this.callApi((api) => api.cancelCard({ cardNo: card.cardNo }));
      this.deps.storage.transaction(() => {
        this.ledger.endCard(card, 'cancelled', actor, 'card.cancelled');
      });
      return this.ledger.storedCard(cardId);
    });
  }

  async reportLost(
    cardId: number,
    wholeRoom: boolean,
    actor: Actor,
  ): Promise<CardRecord> {
    const { reservationId } = this.ledger.storedCard(cardId);
    return this.locks.run(reservationId, async () => {
      const card = this.ledger.activeCard(cardId);
      const reservation = this.ledger.reservation(reservationId);
      await this.callApi((api) =>
        api.reportLost({ cardNo: card.cardNo, wholeRoom }),
      );

      const affected = wholeRoom
        ? this.deps.storage.cards.activeForRoom(card.room, reservation.building)
        : [card];
      this.deps.storage.transaction(() => {
        for (const lost of affected) {
          this.ledger.endCard(lost, 'lost', actor, 'card.reported-lost', {
            wholeRoom,
          });
        }
      });
      return this.ledger.storedCard(cardId);
    });
  }

  extendStay(
    reservationId: number,
    departureDate: string,
    departureTime: string | null,
    actor: Actor,
  ): Promise<IssuedKey> {
    return this.locks.run(reservationId, async () => {
      const current = this.ledger.reservation(reservationId);
      const extended = { ...current, departureDate, departureTime };
      const window = this.windowFor(extended, {});
      const previous =
        this.deps.storage.cards.activeForReservation(reservationId);

      const key = await this.replace(
        extended,
        window,
        previous?.smsSent ?? false,
        actor,
        () => {
          this.deps.storage.reservations.setDeparture(
            reservationId,
            departureDate,
            departureTime,
          );
          this.ledger.audit(actor, 'stay.extended', extended, null, {
            from: current.departureDate,
            to: departureDate,
            time: departureTime,
          });
        },
      );
      return key;
    });
  }

  private async issueOnce(
    reservationId: number,
    options: IssueOptions,
  ): Promise<IssuedKey> {
    const reservation = this.ledger.reservation(reservationId);
    const existing =
      this.deps.storage.cards.activeForReservation(reservationId);
    if (existing) return this.keyFor(existing, reservation);

    const window = this.windowFor(reservation, options);
    const phone = this.holderPhone(reservation, options.phoneE164);
    const minted = await this.mint(reservation, phone, window, options);

    const card = this.deps.storage.transaction(() => {
      this.ledger.rememberPhone(reservation, phone, options.actor);
      const stored = this.ledger.storeCard(
        reservation,
        minted,
        window,
        phone,
        options.actor,
      );
      if (reservation.status === 'booked') {
        this.deps.storage.reservations.setStatus(reservation.id, 'checked-in');
      }
      return stored;
    });
    return this.keyFor(card, this.ledger.reservation(reservationId));
  }

  /**
   * Makes a new card, then cancels the old one on the server and stores both
   * changes in one transaction, so the stay never has two active cards.
   */
  private async replace(
    reservation: ReservationRecord,
    window: CardWindow,
    sendSms: boolean,
    actor: Actor,
    alsoInTransaction: () => void = () => undefined,
  ): Promise<IssuedKey> {
    const previous = this.deps.storage.cards.activeForReservation(
      reservation.id,
    );
    const phone = this.holderPhone(reservation, undefined);
    const minted = await this.mint(reservation, phone, window, {
      sendSms,
      actor,
    });
    if (previous) await this.cancelOnServer(previous, reservation, actor);

    const card = this.deps.storage.transaction(() => {
      alsoInTransaction();
      if (previous)
        this.ledger.endCard(previous, 'replaced', actor, 'card.replaced');
      return this.ledger.storeCard(reservation, minted, window, phone, actor);
    });
    return this.keyFor(card, this.ledger.reservation(reservation.id));
  }

  /**
   * Cancels a replaced card on the server. A failure does not undo the new
   * card (the guest needs it); it is logged and audited for staff.
   */
  private async cancelOnServer(
    card: StoredCard,
    reservation: ReservationRecord,
    actor: Actor,
  ): Promise<void> {
    try {
      await this.callApi((api) => api.cancelCard({ cardNo: card.cardNo }));
    } catch (error) {
      const code = error instanceof AppFailure ? error.detail.code : 'internal';
      log.error(`cancelCard failed for replaced card ${card.cardNo}`, error);
      // NOTE: the replaced card stays valid on the server until its end; the
      // audit entry is how staff learn to cancel it in QR Master.
      this.ledger.audit(actor, 'card.cancel-failed', reservation, card.cardNo, {
        error: code,
      });
    }
  }

  private mint(
    reservation: ReservationRecord,
    phone: CardHolderPhone,
    window: CardWindow,
    options: Pick<IssueOptions, 'sendSms' | 'actor'>,
  ): Promise<MintedCard> {
    const api = this.requireApi();
    const roomShared = this.deps.storage.cards
      .activeForRoom(reservation.room, reservation.building)
      .some((card) => card.reservationId !== reservation.id);
    return this.minter.mint(api, {
      reservation,
      phone,
      window,
      sendSms: options.sendSms,
      actor: options.actor,
      roomShared,
    });
  }

  private async keyFor(
    card: StoredCard,
    reservation: ReservationRecord,
  ): Promise<IssuedKey> {
    const phone = this.holderPhone(reservation, undefined);
    const { pngBase64 } = await this.callApi((api) =>
      api.getCard({
        cardNo: card.cardNo,
        mobile: phone.mobile,
        areaCode: phone.areaCode,
        openEndTime: new Date(card.validUntil),
      }),
    );
    return {
      cardId: card.id,
      cardNo: card.cardNo,
      room: card.room,
      validFrom: card.validFrom,
      validUntil: card.validUntil,
      smsSent: card.smsSent,
      smsTo: card.smsSent ? maskPhone(phone.e164) : null,
      qrPng: pngBase64,
    };
  }

  private windowFor(
    reservation: ReservationRecord,
    options: Pick<IssueOptions, 'validFrom' | 'validUntil'>,
  ): CardWindow {
    if (reservation.status === 'cancelled') {
      throw new AppFailure({
        code: 'booking-not-eligible',
        message: `Booking ${reservation.confirmationCode} is cancelled; no card can be issued.`,
        reason: 'cancelled',
      });
    }
    const times = stayTimesOf(reservation, this.deps.settings());
    return cardWindowOf(times, this.deps.now(), options);
  }

  private holderPhone(
    reservation: ReservationRecord,
    entered: string | undefined,
  ): CardHolderPhone {
    const e164 = entered ?? reservation.phoneE164;
    if (!e164) {
      throw new AppFailure({
        code: 'invalid-request',
        message: `Booking ${reservation.confirmationCode} has no phone number; enter the guest's mobile number.`,
        field: 'phone',
      });
    }
    return splitPhone(e164);
  }

  private requireApi(): QrMasterApi {
    const api = this.deps.api();
    if (!api) {
      throw new AppFailure({
        code: 'issuing-disabled',
        message:
          'Card issuing is off: no QR Master account is configured; staff must finish setup.',
      });
    }
    return api;
  }

  private async callApi<T>(work: (api: QrMasterApi) => Promise<T>): Promise<T> {
    const api = this.requireApi();
    try {
      return await trackApiOutcome(this.onApiOutcome, () => work(api));
    } catch (error) {
      if (isQrMasterError(error)) throw toAppFailure(error);
      throw error;
    }
  }
}
