import type Database from 'better-sqlite3';

import { AppFailure } from '../errors';
import type { OutboxRecord, OutboxState, OutboxStore } from './types';

const COLUMNS = `
  id,
  operation,
  reservation_id AS reservationId,
  payload,
  state,
  attempts,
  next_attempt_at AS nextAttemptAt,
  last_error AS lastError,
  created_at AS createdAt,
  updated_at AS updatedAt`;

interface NewRow {
  operation: OutboxRecord['operation'];
  reservationId: number | null;
  payload: string;
  now: string;
}

interface Transition {
  id: number;
  now: string;
  next: string | null;
  error: string | null;
}

function prepareStatements(db: Database.Database) {
  // Every transition leaves rows in a final state alone: a sent or
  // cancelled request must never be sent again.
  const transition = (set: string, from = "NOT IN ('sent', 'cancelled')") =>
    db.prepare<[Transition]>(
      `UPDATE outbox SET ${set}, updated_at = @now
       WHERE id = @id AND state ${from}`,
    );

  return {
    insert: db.prepare<[NewRow], OutboxRecord>(`
      INSERT INTO outbox (operation, reservation_id, payload,
        next_attempt_at, created_at, updated_at)
      VALUES (@operation, @reservationId, @payload, @now, @now, @now)
      RETURNING ${COLUMNS}`),
    byId: db.prepare<[number], OutboxRecord>(
      `SELECT ${COLUMNS} FROM outbox WHERE id = ?`,
    ),
    nextDue: db.prepare<[string], OutboxRecord>(
      `SELECT ${COLUMNS} FROM outbox
       WHERE state = 'pending' AND next_attempt_at <= ?
       ORDER BY created_at, id LIMIT 1`,
    ),
    pending: db.prepare<[], OutboxRecord>(
      `SELECT ${COLUMNS} FROM outbox WHERE state = 'pending'
       ORDER BY created_at, id`,
    ),
    list: db.prepare<[], OutboxRecord>(
      `SELECT ${COLUMNS} FROM outbox ORDER BY id DESC`,
    ),
    countOpen: db.prepare<[], { open: number }>(
      `SELECT count(*) AS open FROM outbox
       WHERE state IN ('pending', 'sending', 'needs-staff')`,
    ),
    markSending: transition(
      "state = 'sending', attempts = attempts + 1",
      "= 'pending'",
    ),
    markSent: transition("state = 'sent', next_attempt_at = NULL"),
    markRetry: transition(
      "state = 'pending', next_attempt_at = @next, last_error = @error",
    ),
    markNeedsStaff: transition(
      "state = 'needs-staff', next_attempt_at = NULL, last_error = @error",
    ),
    cancel: transition("state = 'cancelled', next_attempt_at = NULL"),
    retryNow: transition(
      "state = 'pending', next_attempt_at = @now",
      "IN ('pending', 'needs-staff')",
    ),
    recover: db.prepare<[{ now: string }]>(
      `UPDATE outbox SET state = 'pending', next_attempt_at = @now,
         updated_at = @now
       WHERE state = 'sending'`,
    ),
  };
}

type Statements = ReturnType<typeof prepareStatements>;
type TransitionName =
  | 'markSending'
  | 'markSent'
  | 'markRetry'
  | 'markNeedsStaff'
  | 'cancel'
  | 'retryNow';

/** Builds the outbox store; statements are prepared once here. */
export function createOutboxStore(db: Database.Database): OutboxStore {
  const statements = prepareStatements(db);

  const apply = (
    name: TransitionName,
    id: number,
    values: { next?: Date; error?: string } = {},
  ): void => {
    const result = statements[name].run({
      id,
      now: new Date().toISOString(),
      next: values.next?.toISOString() ?? null,
      error: values.error ?? null,
    });
    if (result.changes === 0) throw transitionFailure(statements, name, id);
  };

  return {
    enqueue: (operation, reservationId, payload) => {
      const now = new Date().toISOString();
      return statements.insert.get({
        operation,
        reservationId,
        payload: JSON.stringify(payload),
        now,
      }) as OutboxRecord;
    },
    getById: (id) => statements.byId.get(id) ?? null,
    nextDue: (now) => statements.nextDue.get(now.toISOString()) ?? null,
    pending: () => statements.pending.all(),
    list: () => statements.list.all(),
    countOpen: () => statements.countOpen.get()?.open ?? 0,
    markSending: (id) => apply('markSending', id),
    markSent: (id) => apply('markSent', id),
    markRetry: (id, next, error) => apply('markRetry', id, { next, error }),
    markNeedsStaff: (id, error) => apply('markNeedsStaff', id, { error }),
    cancel: (id) => apply('cancel', id),
    retryNow: (id) => apply('retryNow', id),
    // NOTE: a row left in "sending" may have reached the server before the
    // crash. It goes back to pending as the interface states, so the caller
    // decides whether a resend is safe for that operation.
    recoverInterrupted: () =>
      statements.recover.run({ now: new Date().toISOString() }).changes,
  };
}

function transitionFailure(
  statements: Statements,
  name: TransitionName,
  id: number,
): AppFailure {
  const row = statements.byId.get(id);
  const message = row
    ? `Outbox entry ${id} is ${describe(row.state)}, so ${name} is not allowed.`
    : `Outbox entry ${id} not found; reload the outbox list.`;
  return new AppFailure({ code: 'conflict', message });
}

function describe(state: OutboxState): string {
  return state === 'needs-staff' ? 'waiting for staff' : state;
}
