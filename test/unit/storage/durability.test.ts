import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

import { openStorage, storagePath } from '../../../main/storage';
import { useTempDirs } from './temp-dir';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WRITER = path.join(import.meta.dirname, 'fixtures/outbox-writer.ts');
const IDS_BEFORE_KILL = 200;

/** Starts the writer, collects ids until enough arrived, then SIGKILLs it. */
function writeUntilKilled(file: string): Promise<number[]> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'scripts/run-node.mjs'), WRITER, file],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: true },
  );
  const ids: number[] = [];

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', () => resolve(ids));
    createInterface({ input: child.stdout }).on('line', (line) => {
      ids.push(Number(line));
      // run-node.mjs starts the writer as its own child, so the whole
      // process group gets the SIGKILL.
      if (ids.length === IDS_BEFORE_KILL && child.pid !== undefined) {
        process.kill(-child.pid, 'SIGKILL');
      }
    });
  });
}

describe('storage durability', () => {
  const tempDir = useTempDirs();

  it('keeps every reported outbox row after SIGKILL', async () => {
    const file = storagePath(tempDir());

    const reported = await writeUntilKilled(file);

    expect(reported.length).toBeGreaterThanOrEqual(IDS_BEFORE_KILL);
    const storage = openStorage(file);
    const stored = new Set(storage.outbox.list().map((row) => row.id));
    storage.close();
    expect(reported.filter((id) => !stored.has(id))).toEqual([]);

    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
