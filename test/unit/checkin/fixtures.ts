import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { defaultSettings, type Settings } from '../../../preload/contract';
import { isAppFailure } from '../../../main/errors';
import { openStorage, storagePath } from '../../../main/storage';
import type {
  NewReservation,
  ReservationRecord,
  Storage,
} from '../../../main/storage/types';

/** A real SQLite database in its own temp folder. */
export function openTempStorage(): {
  storage: Storage;
  dataDir: string;
  cleanup: () => void;
} {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lobbykey-checkin-'));
  const storage = openStorage(storagePath(dataDir));
  return {
    storage,
    dataDir,
    cleanup: () => {
      storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Settings for a Berlin property whose locks run on Shanghai time. */
export const berlinSettings: Settings = {
  ...defaultSettings,
  propertyTimeZone: 'Europe/Berlin',
  communityTimeZone: 'Asia/Shanghai',
  checkInTime: '15:00',
  checkOutTime: '11:30',
};

export function booking(
  overrides: Partial<NewReservation> = {},
): NewReservation {
  return {
    confirmationCode: 'ABC123',
    firstName: 'Anna',
    lastName: 'Müller',
    phoneE164: '+4915112345678',
    areaCode: '49',
    nationalNumber: '15112345678',
    building: null,
    floor: null,
    room: '101',
    arrivalDate: '2036-12-04',
    arrivalTime: null,
    departureDate: '2036-12-06',
    departureTime: null,
    ...overrides,
  };
}

/** A clock tests move by hand. */
export function manualClock(startIso: string) {
  let nowMs = Date.parse(startIso);
  return {
    now: () => new Date(nowMs),
    advance: (ms: number) => {
      nowMs += ms;
    },
    set: (iso: string) => {
      nowMs = Date.parse(iso);
    },
  };
}

/** A stored booking as the database returns it, without a database. */
export function reservationRecord(
  overrides: Partial<ReservationRecord> = {},
): ReservationRecord {
  return {
    ...booking(),
    id: 1,
    status: 'booked',
    createdAt: '2036-12-01T00:00:00.000Z',
    updatedAt: '2036-12-01T00:00:00.000Z',
    ...overrides,
  };
}

/** The typed failure a call threw, or null when it succeeded. */
export function failureOfSync(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isAppFailure(error)) return error.detail;
    throw error;
  }
  return null;
}

/** The typed failure a promise rejected with, or null when it resolved. */
export async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppFailure(error)) return error.detail;
    throw error;
  }
  return null;
}
