import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach } from 'vitest';

import type { AppError } from '../../../preload/contract';

import { isAppFailure } from '../../../main/errors';
import { openStorage, storagePath } from '../../../main/storage';
import type { NewReservation, Storage } from '../../../main/storage';

/**
 * Returns a function that creates a fresh data folder per call; every folder
 * is removed after each test.
 */
export function useTempDirs(): () => string {
  const dirs: string[] = [];

  afterEach(() => {
    for (const dir of dirs.splice(0)) {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  return () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lobbykey-test-'));
    dirs.push(dir);
    return dir;
  };
}

/** Opens a database in a fresh data folder, closed after each test. */
export function useStorage(): () => Storage {
  const tempDir = useTempDirs();
  const opened: Storage[] = [];

  afterEach(() => {
    for (const storage of opened.splice(0)) storage.close();
  });

  return () => {
    const storage = openStorage(storagePath(tempDir()));
    opened.push(storage);
    return storage;
  };
}

/** A valid reservation; `overrides` replace single fields. */
export function sampleReservation(
  overrides: Partial<NewReservation> = {},
): NewReservation {
  return {
    confirmationCode: 'ABC123',
    firstName: 'Wei',
    lastName: 'Zhang',
    phoneE164: '+8613800138000',
    areaCode: '86',
    nationalNumber: '13800138000',
    building: '1',
    floor: '3',
    room: '301',
    arrivalDate: '2026-12-04',
    arrivalTime: null,
    departureDate: '2026-12-06',
    departureTime: '11:30',
    ...overrides,
  };
}

/**
 * Runs `work` and returns the AppError it throws as an AppFailure, or
 * undefined when it returns. Any other error is re-thrown.
 */
export function thrownAppError(work: () => unknown): AppError | undefined {
  try {
    work();
  } catch (error) {
    if (isAppFailure(error)) return error.detail;
    throw error;
  }
  return undefined;
}

/** Awaits `work` and returns the AppError it rejects with, or undefined. */
export async function rejectedAppError(
  work: Promise<unknown>,
): Promise<AppError | undefined> {
  try {
    await work;
  } catch (error) {
    if (isAppFailure(error)) return error.detail;
    throw error;
  }
  return undefined;
}
