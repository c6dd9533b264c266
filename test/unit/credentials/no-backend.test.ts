import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import type { AppError } from '../../../preload/contract';
import { useTempDirs } from '../storage/temp-dir';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CHILD = path.join(import.meta.dirname, 'fixtures/no-backend.ts');

interface ChildReport {
  availability: string;
  saveError: AppError | string | null;
  read: unknown;
  hasAny: boolean;
}

/** Runs the child with a D-Bus address whose socket does not exist. */
function runWithoutBackend(dataDir: string) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(dataDir, 'no-such-bus')}`,
    LOBBYKEY_DATA_DIR: dataDir,
  };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;

  return spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts/run-node.mjs'), CHILD],
    { cwd: ROOT, env, encoding: 'utf8', timeout: 30_000 },
  );
}

describe('keychain store without a backend', () => {
  const tempDir = useTempDirs();

  it('reports unavailable, rejects save and writes nothing', () => {
    const dataDir = tempDir();

    const child = runWithoutBackend(dataDir);

    expect(child.status, child.stderr).toBe(0);
    const report = JSON.parse(child.stdout.trim()) as ChildReport;
    expect(report.availability).toBe('unavailable');
    expect(report.saveError).toMatchObject({
      code: 'credential-storage-unavailable',
    });
    expect((report.saveError as AppError).message).toMatch(
      /^Secure credential storage is not available: /,
    );
    expect(report.read).toBeNull();
    expect(report.hasAny).toBe(false);
    expect(readdirSync(dataDir)).toEqual([]);
    expect(child.stdout + child.stderr).not.toContain('tok-secret-1');
  });
});
