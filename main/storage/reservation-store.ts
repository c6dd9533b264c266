import type Database from 'better-sqlite3';

import { AppFailure } from '../errors';
import type {
  NewReservation,
  ReservationQuery,
  ReservationRecord,
  ReservationStatus,
  ReservationStore,
} from './types';

const DEFAULT_LIST_LIMIT = 50;

const COLUMNS = `
  id,
  confirmation_code AS confirmationCode,
  first_name AS firstName,
  last_name AS lastName,
  phone_e164 AS phoneE164,
  area_code AS areaCode,
  national_number AS nationalNumber,
  building,
  floor,
  room,
  arrival_date AS arrivalDate,
  arrival_time AS arrivalTime,
  departure_date AS departureDate,
  departure_time AS departureTime,
  status,
  created_at AS createdAt,
  updated_at AS updatedAt`;

// Matches code, names or room. LIKE ignores ASCII case; `\` escapes the
// wildcards that a search term may contain.
const SEARCH_CLAUSE = `
  (@search IS NULL
    OR confirmation_code LIKE @search ESCAPE '\\'
    OR first_name LIKE @search ESCAPE '\\'
    OR last_name LIKE @search ESCAPE '\\'
    OR room LIKE @search ESCAPE '\\')
  AND (@arrivalDate IS NULL OR arrival_date = @arrivalDate)`;

type ReservationParams = Omit<NewReservation, 'status'> & {
  status: ReservationStatus | null;
  now: string;
};

interface ListParams {
  search: string | null;
  arrivalDate: string | null;
  limit: number;
  offset: number;
}

function toLikePattern(search: string | undefined): string | null {
  const term = search?.trim();
  if (!term) return null;
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function notFound(id: number): AppFailure {
  return new AppFailure({
    code: 'booking-not-found',
    message: `Reservation ${id} not found; reload the reservation list.`,
  });
}

function prepareStatements(db: Database.Database) {
  return {
    insert: db.prepare<[ReservationParams], ReservationRecord>(`
      INSERT INTO reservations (
        confirmation_code, first_name, last_name, phone_e164, area_code,
        national_number, building, floor, room, arrival_date, arrival_time,
        departure_date, departure_time, status, created_at, updated_at)
      VALUES (
        @confirmationCode, @firstName, @lastName, @phoneE164, @areaCode,
        @nationalNumber, @building, @floor, @room, @arrivalDate, @arrivalTime,
        @departureDate, @departureTime, coalesce(@status, 'booked'), @now, @now)
      RETURNING ${COLUMNS}`),
    // A re-import keeps the status unless the row states one, so that a
    // checked-in guest does not turn back into "booked".
    updateByCode: db.prepare<[ReservationParams], ReservationRecord>(`
      UPDATE reservations SET
        first_name = @firstName, last_name = @lastName,
        phone_e164 = @phoneE164, area_code = @areaCode,
        national_number = @nationalNumber, building = @building,
        floor = @floor, room = @room, arrival_date = @arrivalDate,
        arrival_time = @arrivalTime, departure_date = @departureDate,
        departure_time = @departureTime,
        status = coalesce(@status, status), updated_at = @now
      WHERE confirmation_code = @confirmationCode
      RETURNING ${COLUMNS}`),
    byId: db.prepare<[number], ReservationRecord>(
      `SELECT ${COLUMNS} FROM reservations WHERE id = ?`,
    ),
    byCode: db.prepare<[string], ReservationRecord>(
      `SELECT ${COLUMNS} FROM reservations WHERE confirmation_code = ?`,
    ),
    byPhone: db.prepare<[string], ReservationRecord>(
      `SELECT ${COLUMNS} FROM reservations WHERE phone_e164 = ?
       ORDER BY arrival_date, id`,
    ),
    list: db.prepare<[ListParams], ReservationRecord>(`
      SELECT ${COLUMNS} FROM reservations WHERE ${SEARCH_CLAUSE}
      ORDER BY arrival_date, id LIMIT @limit OFFSET @offset`),
    count: db.prepare<[ListParams], { total: number }>(
      `SELECT count(*) AS total FROM reservations WHERE ${SEARCH_CLAUSE}`,
    ),
    setStatus: db.prepare<[{ id: number; status: string; now: string }]>(
      `UPDATE reservations SET status = @status, updated_at = @now
       WHERE id = @id`,
    ),
    setDeparture: db.prepare<
      [{ id: number; date: string; time: string | null; now: string }]
    >(
      `UPDATE reservations
       SET departure_date = @date, departure_time = @time, updated_at = @now
       WHERE id = @id`,
    ),
  };
}

/** Builds the reservation store; statements are prepared once here. */
export function createReservationStore(
  db: Database.Database,
): ReservationStore {
  const statements = prepareStatements(db);

  const params = (reservation: NewReservation): ReservationParams => ({
    ...reservation,
    confirmationCode: reservation.confirmationCode.trim(),
    status: reservation.status ?? null,
    now: new Date().toISOString(),
  });

  const create = (reservation: NewReservation): ReservationRecord => {
    try {
      return statements.insert.get(params(reservation)) as ReservationRecord;
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppFailure({
          code: 'conflict',
          field: 'confirmationCode',
          message:
            `Confirmation code "${reservation.confirmationCode}" already ` +
            'exists; edit that reservation instead.',
        });
      }
      throw error;
    }
  };

  const upsert = db.transaction((reservation: NewReservation) => {
    const updated = statements.updateByCode.get(params(reservation));
    if (updated) return { record: updated, inserted: false };
    return { record: create(reservation), inserted: true };
  });

  return {
    create,
    upsert: (reservation) => upsert(reservation),
    getById: (id) => statements.byId.get(id) ?? null,
    findByCode: (code) => statements.byCode.get(code.trim()) ?? null,
    findByPhone: (phoneE164) => statements.byPhone.all(phoneE164),
    list: (query) => list(statements, query),
    setStatus: (id, status) => {
      const now = new Date().toISOString();
      const result = statements.setStatus.run({ id, status, now });
      if (result.changes === 0) throw notFound(id);
    },
    setDeparture: (id, date, time) => {
      const now = new Date().toISOString();
      const result = statements.setDeparture.run({ id, date, time, now });
      if (result.changes === 0) throw notFound(id);
    },
  };
}

function list(
  statements: ReturnType<typeof prepareStatements>,
  query: ReservationQuery,
): { items: ReservationRecord[]; total: number } {
  const params: ListParams = {
    search: toLikePattern(query.search),
    arrivalDate: query.arrivalDate ?? null,
    limit: query.limit ?? DEFAULT_LIST_LIMIT,
    offset: query.offset ?? 0,
  };

  const items = statements.list.all(params);
  const total = statements.count.get(params)?.total ?? 0;
  return { items, total };
}

/** True for a SQLite UNIQUE constraint failure from better-sqlite3. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    error.code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}
