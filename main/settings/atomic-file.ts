import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

import { createLogger } from '../logging/logger';

const log = createLogger('settings');

/**
 * Replaces `file` with `text` so that a crash or power cut leaves either the
 * old or the new content: write a temp file in the same folder, fsync it,
 * rename it over the target, then fsync the folder. Owner read/write only.
 */
export function writeFileAtomic(file: string, text: string): void {
  const temp = `${file}.tmp-${randomBytes(6).toString('hex')}`;
  mkdirSync(path.dirname(file), { recursive: true });

  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }

  syncFolder(path.dirname(file));
}

/** Makes the rename durable where the OS can fsync a folder. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch (error) {
    // Windows cannot open a folder for fsync (EISDIR, EPERM). The rename
    // then is as durable as the file system makes it on its own.
    log.debug(`folder fsync not available for ${folder}`, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Returns a backup name such as `settings.json.corrupt-2026-12-04T14-15-36-123Z`. */
export function corruptBackupName(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return `${file}.corrupt-${stamp}`;
}

/** True for the error `readFileSync` raises when the file does not exist. */
export function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
