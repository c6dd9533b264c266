import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { restrictFileModes } from '../../../main/app/services';

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) {
    rmSync(folder, { recursive: true, force: true });
  }
});

function modeOf(file: string): number {
  return statSync(file).mode & 0o777;
}

describe.skipIf(process.platform === 'win32')('restrictFileModes', () => {
  it('tightens files an older version left readable', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'lobbykey-modes-'));
    folders.push(dataDir);
    mkdirSync(path.join(dataDir, 'logs'), { mode: 0o755 });
    writeFileSync(path.join(dataDir, 'lobbykey.db'), '', { mode: 0o644 });
    writeFileSync(path.join(dataDir, 'logs/lobbykey.log'), '', { mode: 0o644 });

    restrictFileModes(dataDir);

    expect(modeOf(path.join(dataDir, 'lobbykey.db'))).toBe(0o600);
    expect(modeOf(path.join(dataDir, 'logs/lobbykey.log'))).toBe(0o600);
    expect(modeOf(path.join(dataDir, 'logs'))).toBe(0o700);
  });

  it('creates later files private to the user', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'lobbykey-modes-'));
    folders.push(dataDir);

    restrictFileModes(dataDir);
    writeFileSync(path.join(dataDir, 'new.db'), '');

    expect(modeOf(path.join(dataDir, 'new.db'))).toBe(0o600);
  });
});
