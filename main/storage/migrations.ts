import type Database from 'better-sqlite3';

import { createLogger } from '../logging/logger';

const log = createLogger('storage');

/**
 * Numbered schema migrations. Append new ones at the end and never edit one
 * that has shipped: a database records the highest version it has applied.
 */
export const migrations: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE reservations (
        id INTEGER PRIMARY KEY,
        confirmation_code TEXT NOT NULL COLLATE NOCASE UNIQUE,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        phone_e164 TEXT,
        area_code TEXT,
        national_number TEXT,
        building TEXT,
        floor TEXT,
        room TEXT NOT NULL,
        arrival_date TEXT NOT NULL,
        arrival_time TEXT,
        departure_date TEXT,
        departure_time TEXT,
        status TEXT NOT NULL DEFAULT 'booked'
          CHECK (status IN ('booked', 'checked-in', 'checked-out', 'cancelled')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX reservations_phone ON reservations (phone_e164);
      CREATE INDEX reservations_arrival ON reservations (arrival_date);

      CREATE TABLE cards (
        id INTEGER PRIMARY KEY,
        card_no TEXT NOT NULL UNIQUE,
        reservation_id INTEGER NOT NULL REFERENCES reservations (id),
        room TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        valid_until TEXT NOT NULL,
        sms_sent INTEGER NOT NULL CHECK (sms_sent IN (0, 1)),
        status TEXT NOT NULL DEFAULT 'active'
          CHECK (status IN ('active', 'cancelled', 'lost', 'replaced')),
        issued_at TEXT NOT NULL,
        ended_at TEXT
      );
      -- One stay has at most one active card; the database enforces it.
      CREATE UNIQUE INDEX cards_one_active_per_reservation
        ON cards (reservation_id) WHERE status = 'active';
      CREATE INDEX cards_reservation ON cards (reservation_id);
      CREATE INDEX cards_active_room ON cards (room) WHERE status = 'active';

      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        operation TEXT NOT NULL CHECK (operation IN ('issue-card')),
        reservation_id INTEGER REFERENCES reservations (id),
        payload TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending'
          CHECK (state IN ('pending', 'sending', 'sent', 'needs-staff', 'cancelled')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        last_error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX outbox_state_next ON outbox (state, next_attempt_at);

      -- No foreign keys: the audit trail outlives the rows it mentions.
      CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        reservation_id INTEGER,
        card_no TEXT,
        room TEXT,
        detail TEXT
      );
      CREATE INDEX audit_at ON audit (at);
    `,
  },
];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;

/** Returns the highest applied migration, 0 for a new database. */
function currentVersion(db: Database.Database): number {
  db.exec(
    `CREATE TABLE IF NOT EXISTS schema_version (
       version INTEGER PRIMARY KEY,
       applied_at TEXT NOT NULL
     )`,
  );
  const row = db
    .prepare<[], { version: number | null }>(
      'SELECT max(version) AS version FROM schema_version',
    )
    .get();
  return row?.version ?? 0;
}

/**
 * Applies every migration newer than the database, each in its own
 * transaction. Throws when the database was written by a newer Lobbykey,
 * because older code could corrupt a schema it does not know.
 */
export function migrate(db: Database.Database, file: string): void {
  const from = currentVersion(db);
  if (from > latestSchemaVersion) {
    throw new Error(
      `Database ${file} has schema version ${from}, but this Lobbykey ` +
        `supports versions up to ${latestSchemaVersion}. Install the newer ` +
        'Lobbykey that created it, or restore a backup of the database.',
    );
  }

  const record = db.prepare<[number, string]>(
    'INSERT INTO schema_version (version, applied_at) VALUES (?, ?)',
  );
  for (const migration of migrations) {
    if (migration.version <= from) continue;

    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, new Date().toISOString());
    })();
    log.info(`applied database migration ${migration.version}`);
  }
}
