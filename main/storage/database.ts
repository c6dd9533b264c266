import { mkdirSync } from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import { createLogger } from '../logging/logger';
import { createAuditLog } from './audit-log';
import { createCardStore } from './card-store';
import { migrate } from './migrations';
import { createOutboxStore } from './outbox-store';
import { createReservationStore } from './reservation-store';
import type { Storage } from './types';

const log = createLogger('storage');

/** Milliseconds a write waits for another connection's lock. */
const BUSY_TIMEOUT_MS = 5000;

/** Returns the database file of a data folder. */
export function storagePath(dataDir: string): string {
  return path.join(dataDir, 'lobbykey.db');
}

/**
 * Opens (creating when needed) the database at `file` and migrates it.
 * Throws when the file is not a Lobbykey database or its schema is newer
 * than this code.
 */
export function openStorage(file: string): Storage {
  const db = openDatabase(file);
  log.info(`opened database ${file}`);

  return {
    reservations: createReservationStore(db),
    cards: createCardStore(db),
    outbox: createOutboxStore(db),
    audit: createAuditLog(db),
    transaction: (work) => db.transaction(work)(),
    close: () => {
      db.close();
      log.info(`closed database ${file}`);
    },
  };
}

/** Opens, configures and migrates the connection behind {@link openStorage}. */
export function openDatabase(file: string): Database.Database {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);

  try {
    configure(db);
    migrate(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // FULL syncs the WAL on every commit, so a write reported as done
  // survives a power cut, not only a crash of the app.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}
