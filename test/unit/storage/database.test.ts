import { writeFileSync } from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

import { openStorage, storagePath } from '../../../main/storage';
import { openDatabase } from '../../../main/storage/database';
import { latestSchemaVersion } from '../../../main/storage/migrations';
import { useTempDirs } from './temp-dir';

describe('openStorage', () => {
  const tempDir = useTempDirs();

  it('places the database in the data folder', () => {
    expect(storagePath('/data/lobbykey')).toBe(
      path.join('/data/lobbykey', 'lobbykey.db'),
    );
  });

  it('creates a missing data folder', () => {
    const file = storagePath(path.join(tempDir(), 'nested', 'folder'));

    openStorage(file).close();

    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('sets durable pragmas on the connection', () => {
    const db = openDatabase(storagePath(tempDir()));

    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // 2 is FULL: the WAL is synced on every commit.
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    db.close();
  });

  it('records the latest schema version', () => {
    const file = storagePath(tempDir());
    openStorage(file).close();

    const db = new Database(file, { readonly: true });
    const versions = db
      .prepare('SELECT version FROM schema_version ORDER BY version')
      .pluck()
      .all();
    db.close();

    expect(versions.at(-1)).toBe(latestSchemaVersion);
  });

  it('reopens a migrated database without reapplying migrations', () => {
    const file = storagePath(tempDir());
    const first = openStorage(file);
    first.audit.record({
      actor: 'staff',
      action: 'test.kept',
      reservationId: null,
      cardNo: null,
      room: null,
      detail: null,
    });
    first.close();

    const second = openStorage(file);
    const actions = second.audit.list({}).map((entry) => entry.action);
    second.close();

    expect(actions).toEqual(['test.kept']);
  });

  it('rejects a database from a newer schema version', () => {
    const file = storagePath(tempDir());
    openStorage(file).close();
    const db = new Database(file);
    db.prepare('INSERT INTO schema_version VALUES (?, ?)').run(
      latestSchemaVersion + 1,
      new Date().toISOString(),
    );
    db.close();

    expect(() => openStorage(file)).toThrow(
      `has schema version ${latestSchemaVersion + 1}`,
    );
  });

  it('rejects a file that is not a database', () => {
    const file = storagePath(tempDir());
    writeFileSync(file, 'this is not SQLite '.repeat(100));

    expect(() => openStorage(file)).toThrow(/not a database/);
  });

  it('rolls back a transaction whose work throws', () => {
    const storage = openStorage(storagePath(tempDir()));

    expect(() =>
      storage.transaction(() => {
        storage.outbox.enqueue('issue-card', null, { n: 1 });
        throw new Error('stop');
      }),
    ).toThrow('stop');

    expect(storage.outbox.list()).toEqual([]);
    storage.close();
  });
});
