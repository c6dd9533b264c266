import type Database from 'better-sqlite3';

import { AppFailure } from '../errors';
import { isUniqueViolation } from './reservation-store';
import type { CardRecord, CardStatus, CardStore, NewCard } from './types';

const COLUMNS = `
  cards.id AS id,
  cards.card_no AS cardNo,
  cards.reservation_id AS reservationId,
  cards.room AS room,
  cards.valid_from AS validFrom,
  cards.valid_until AS validUntil,
  cards.sms_sent AS smsSent,
  cards.status AS status,
  cards.issued_at AS issuedAt,
  cards.ended_at AS endedAt`;

/** A cards row as SQLite returns it: booleans are 0 or 1. */
type CardRow = Omit<CardRecord, 'smsSent'> & { smsSent: number };

function toRecord(row: CardRow): CardRecord {
  return { ...row, smsSent: row.smsSent === 1 };
}

function prepareStatements(db: Database.Database) {
  return {
    insert: db.prepare<
      [Omit<NewCard, 'smsSent'> & { smsSent: number }],
      CardRow
    >(`
      INSERT INTO cards (card_no, reservation_id, room, valid_from,
        valid_until, sms_sent, issued_at)
      VALUES (@cardNo, @reservationId, @room, @validFrom, @validUntil,
        @smsSent, @issuedAt)
      RETURNING ${COLUMNS}`),
    byId: db.prepare<[number], CardRow>(
      `SELECT ${COLUMNS} FROM cards WHERE id = ?`,
    ),
    byCardNo: db.prepare<[string], CardRow>(
      `SELECT ${COLUMNS} FROM cards WHERE card_no = ?`,
    ),
    activeForReservation: db.prepare<[number], CardRow>(
      `SELECT ${COLUMNS} FROM cards
       WHERE reservation_id = ? AND status = 'active'`,
    ),
    forReservation: db.prepare<[number], CardRow>(
      `SELECT ${COLUMNS} FROM cards WHERE reservation_id = ?
       ORDER BY issued_at, id`,
    ),
    end: db.prepare<[{ id: number; status: CardStatus; at: string }]>(
      `UPDATE cards SET status = @status, ended_at = @at
       WHERE id = @id AND status = 'active'`,
    ),
    // `IS` compares NULL with NULL as equal: a property without buildings.
    activeForRoom: db.prepare<[string, string | null], CardRow>(
      `SELECT ${COLUMNS} FROM cards
       JOIN reservations ON reservations.id = cards.reservation_id
       WHERE cards.status = 'active' AND cards.room = ?
         AND reservations.building IS ?
       ORDER BY cards.id`,
    ),
  };
}

function insertFailure(card: NewCard, error: unknown): unknown {
  if (isUniqueViolation(error)) {
    const message =
      error instanceof Error && error.message.includes('card_no')
        ? `Card ${card.cardNo} is already stored.`
        : `Reservation ${card.reservationId} already has an active card; ` +
          'end it before issuing another.';
    return new AppFailure({ code: 'conflict', message });
  }
  return error;
}

/** Builds the card store; statements are prepared once here. */
export function createCardStore(db: Database.Database): CardStore {
  const statements = prepareStatements(db);

  const end: CardStore['end'] = (id, status, at) => {
    if (statements.end.run({ id, status, at }).changes > 0) return;

    const card = statements.byId.get(id);
    throw card
      ? new AppFailure({
          code: 'conflict',
          message: `Card ${card.cardNo} is already ${card.status}.`,
        })
      : new AppFailure({
          code: 'card-not-found',
          message: `Card ${id} not found; reload the card list.`,
        });
  };

  return {
    insert: (card) => {
      try {
        const row = statements.insert.get({
          ...card,
          smsSent: card.smsSent ? 1 : 0,
        });
        return toRecord(row as CardRow);
      } catch (error) {
        throw insertFailure(card, error);
      }
    },
    getById: (id) => nullableRecord(statements.byId.get(id)),
    getByCardNo: (cardNo) => nullableRecord(statements.byCardNo.get(cardNo)),
    activeForReservation: (reservationId) =>
      nullableRecord(statements.activeForReservation.get(reservationId)),
    listForReservation: (reservationId) =>
      statements.forReservation.all(reservationId).map(toRecord),
    end,
    activeForRoom: (room, building) =>
      statements.activeForRoom.all(room, building).map(toRecord),
  };
}

function nullableRecord(row: CardRow | undefined): CardRecord | null {
  return row ? toRecord(row) : null;
}
