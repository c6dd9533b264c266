// In-test stand-ins: a card service without an API, for tests of the
// checks and scheduling in front of the real one, and credentials in memory
// for runs without a Secret Service on D-Bus.
import { randomBytes } from 'node:crypto';

import type { IssuedKey } from '../../../preload/contract';
import type { CardService, IssueOptions } from '../../../main/checkin/types';
import type {
  Credentials,
  CredentialStore,
} from '../../../main/credentials/types';
import { AppFailure } from '../../../main/errors';
import type { CardRecord, Storage } from '../../../main/storage/types';

/** Credentials in memory, for runs without a Secret Service on D-Bus. */
export function memoryCredentials(): CredentialStore {
  let saved: Credentials | null = null;
  return {
    availability: () => Promise.resolve('available'),
    save(credentials) {
      saved = { ...credentials };
      return Promise.resolve();
    },
    read: () => Promise.resolve(saved),
    savedAccountSid: () => Promise.resolve(saved?.accountSid ?? null),
    delete() {
      saved = null;
      return Promise.resolve();
    },
    hasAny: () => Promise.resolve(saved !== null),
  };
}

function toKey(card: CardRecord): IssuedKey {
  return {
    cardId: card.id,
    cardNo: card.cardNo,
    room: card.room,
    validFrom: card.validFrom,
    validUntil: card.validUntil,
    smsSent: card.smsSent,
    smsTo: null,
    qrPng: 'iVBORw0KGgo=',
  };
}

/**
 * Creates a card service that writes cards to the real storage without
 * calling an API, with the one-active-card-per-stay rule. It records every
 * call in `calls` for assertions.
 */
export function storageOnlyCards(storage: Storage): CardService & {
  calls: Array<{ method: string; args: unknown[] }>;
} {
  const calls: Array<{ method: string; args: unknown[] }> = [];

  const requireCard = (cardId: number): CardRecord => {
    const card = storage.cards.getById(cardId);
    if (!card)
      throw new AppFailure({ code: 'card-not-found', message: 'no card' });
    return card;
  };

  const mint = (reservationId: number, options: Partial<IssueOptions>) => {
    const reservation = storage.reservations.getById(reservationId);
    if (!reservation) {
      throw new AppFailure({
        code: 'booking-not-found',
        message: 'no booking',
      });
    }
    return storage.cards.insert({
      cardNo: randomBytes(8).toString('hex').toUpperCase(),
      reservationId,
      room: reservation.room,
      validFrom: (options.validFrom ?? new Date()).toISOString(),
      validUntil: (
        options.validUntil ?? new Date(Date.now() + 86_400_000)
      ).toISOString(),
      smsSent: options.sendSms ?? false,
      issuedAt: new Date().toISOString(),
    });
  };

  return {
    calls,
    issue(reservationId, options) {
      calls.push({ method: 'issue', args: [reservationId, options] });
      const active = storage.cards.activeForReservation(reservationId);
      return Promise.resolve(toKey(active ?? mint(reservationId, options)));
    },
    getKey(cardId) {
      calls.push({ method: 'getKey', args: [cardId] });
      return Promise.resolve(toKey(requireCard(cardId)));
    },
    resendSms(reservationId, actor) {
      calls.push({ method: 'resendSms', args: [reservationId, actor] });
      return Promise.resolve(toKey(mint(reservationId, { sendSms: true })));
    },
    cancel(cardId, actor) {
      calls.push({ method: 'cancel', args: [cardId, actor] });
      storage.cards.end(
        requireCard(cardId).id,
        'cancelled',
        new Date().toISOString(),
      );
      return Promise.resolve(requireCard(cardId));
    },
    reportLost(cardId, wholeRoom, actor) {
      calls.push({ method: 'reportLost', args: [cardId, wholeRoom, actor] });
      storage.cards.end(
        requireCard(cardId).id,
        'lost',
        new Date().toISOString(),
      );
      return Promise.resolve(requireCard(cardId));
    },
    extendStay(reservationId, date, time, actor) {
      calls.push({
        method: 'extendStay',
        args: [reservationId, date, time, actor],
      });
      storage.reservations.setDeparture(reservationId, date, time);
      return Promise.resolve(toKey(mint(reservationId, {})));
    },
  };
}
