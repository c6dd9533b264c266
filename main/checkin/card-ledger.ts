import { AppFailure } from '../errors';
import { createLogger } from '../logging/logger';
import { maskPhone } from '../logging/redact';
import type {
  CardRecord as StoredCard,
  ReservationRecord,
  Storage,
} from '../storage/types';
import type { MintedCard } from './card-minting';
import type { CardHolderPhone } from './phone';
import type { CardWindow } from './stay';
import type { Actor } from './types';

const log = createLogger('checkin');

function notFound(what: string): AppFailure {
  return new AppFailure({
    code: 'card-not-found',
    message: `${what} not found.`,
  });
}

/**
 * Reads and writes of bookings, cards and audit entries for the card
 * service. Each write records its audit entry. Callers group writes in one
 * transaction where a change spans several rows.
 */
export class CardLedger {
  constructor(
    private readonly storage: Storage,
    private readonly now: () => Date,
  ) {}

  storeCard(
    reservation: ReservationRecord,
    minted: MintedCard,
    window: CardWindow,
    phone: CardHolderPhone,
    actor: Actor,
  ): StoredCard {
    const card = this.storage.cards.insert({
      cardNo: minted.cardNo,
      reservationId: reservation.id,
      room: reservation.room,
      validFrom: window.validFrom.toISOString(),
      validUntil: window.validUntil.toISOString(),
      smsSent: minted.smsSent,
      issuedAt: this.now().toISOString(),
    });
    this.audit(actor, 'card.issued', reservation, card.cardNo, {
      smsSent: minted.smsSent,
      phone: maskPhone(phone.e164),
      validFrom: card.validFrom,
      validUntil: card.validUntil,
    });
    log.info(`issued card ${card.cardNo} for reservation ${reservation.id}`);
    return card;
  }

  endCard(
    card: StoredCard,
    status: 'cancelled' | 'lost' | 'replaced',
    actor: Actor,
    action: string,
    detail: Record<string, unknown> = {},
  ): void {
    this.storage.cards.end(card.id, status, this.now().toISOString());
    const reservation = this.storage.reservations.getById(card.reservationId);
    this.audit(actor, action, reservation, card.cardNo, detail, card.room);
    log.info(`${action} ${card.cardNo}`);
  }

  /**
   * Stores a number the guest entered as the booking's phone: QR Master
   * finds the card by its holder's number, so getCard needs it later.
   */
  rememberPhone(
    reservation: ReservationRecord,
    phone: CardHolderPhone,
    actor: Actor,
  ): void {
    if (reservation.phoneE164 === phone.e164) return;
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = reservation;
    this.storage.reservations.upsert({
      ...fields,
      phoneE164: phone.e164,
      areaCode: phone.areaCode,
      nationalNumber: phone.mobile,
    });
    this.audit(actor, 'reservation.phone-changed', reservation, null, {
      from: maskPhone(reservation.phoneE164),
      to: maskPhone(phone.e164),
    });
  }

  audit(
    actor: Actor,
    action: string,
    reservation: ReservationRecord | null,
    cardNo: string | null,
    detail: Record<string, unknown>,
    room: string | null = reservation?.room ?? null,
  ): void {
    this.storage.audit.record({
      actor,
      action,
      reservationId: reservation?.id ?? null,
      cardNo,
      room,
      detail: JSON.stringify(detail),
    });
  }

  reservation(id: number): ReservationRecord {
    const reservation = this.storage.reservations.getById(id);
    if (!reservation) {
      throw new AppFailure({
        code: 'booking-not-found',
        message: `Reservation ${id} not found.`,
      });
    }
    return reservation;
  }

  activeCard(cardId: number): StoredCard {
    const card = this.storedCard(cardId);
    if (card.status !== 'active') {
      throw new AppFailure({
        code: 'conflict',
        message: `Card ${card.cardNo} is already ${card.status}; only active cards can change.`,
      });
    }
    return card;
  }

  storedCard(cardId: number): StoredCard {
    const card = this.storage.cards.getById(cardId);
    if (!card) throw notFound(`Card ${cardId}`);
    return card;
  }
}
