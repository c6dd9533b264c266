import type Database from 'better-sqlite3';

import { AppFailure } from '../errors';
import type {
  AuditFilter,
  AuditLog,
  AuditRecord,
  NewAuditRecord,
} from './types';
import { toCsv } from './csv';

const DEFAULT_LIST_LIMIT = 1000;

const COLUMNS = `
  id,
  at,
  actor,
  action,
  reservation_id AS reservationId,
  card_no AS cardNo,
  room,
  detail`;

const CSV_HEADER: readonly (keyof AuditRecord)[] = [
  'id',
  'at',
  'actor',
  'action',
  'reservationId',
  'cardNo',
  'room',
  'detail',
];

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

interface FilterParams {
  from: string | null;
  to: string | null;
  room: string | null;
  action: string | null;
  limit: number;
}

function filterParams(filter: AuditFilter, limit: number): FilterParams {
  for (const field of ['from', 'to'] as const) {
    const value = filter[field];
    if (value !== undefined && !DATE_PATTERN.test(value)) {
      throw new AppFailure({
        code: 'invalid-request',
        field,
        message: `Audit filter ${field} "${value}" is invalid; use YYYY-MM-DD.`,
      });
    }
  }

  return {
    from: filter.from ?? null,
    to: filter.to ?? null,
    room: filter.room ?? null,
    action: filter.action ?? null,
    limit: filter.limit ?? limit,
  };
}

/** Builds the audit log; statements are prepared once here. */
export function createAuditLog(db: Database.Database): AuditLog {
  const insert = db.prepare<[Required<NewAuditRecord>], AuditRecord>(`
    INSERT INTO audit (at, actor, action, reservation_id, card_no, room, detail)
    VALUES (@at, @actor, @action, @reservationId, @cardNo, @room, @detail)
    RETURNING ${COLUMNS}`);
  // `at` is an ISO instant, so a "YYYY-MM-DD" bound compares as a UTC day:
  // everything before the day after `to` is inside it.
  const select = db.prepare<[FilterParams], AuditRecord>(`
    SELECT ${COLUMNS} FROM audit
    WHERE (@from IS NULL OR at >= @from)
      AND (@to IS NULL OR at < date(@to, '+1 day'))
      AND (@room IS NULL OR room = @room)
      AND (@action IS NULL OR action = @action)
    ORDER BY at DESC, id DESC
    LIMIT @limit`);

  return {
    record: (entry) =>
      insert.get({
        ...entry,
        at: entry.at ?? new Date().toISOString(),
      }) as AuditRecord,
    list: (filter) => select.all(filterParams(filter, DEFAULT_LIST_LIMIT)),
    // -1 is SQLite's "no limit": an export contains every matching row.
    exportCsv: (filter) =>
      toCsv(CSV_HEADER, select.all(filterParams(filter, -1))),
  };
}
