import { readFileSync, renameSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { AppFailure } from '../errors';
import { createLogger } from '../logging/logger';
import {
  corruptBackupName,
  isMissingFile,
  writeFileAtomic,
} from './atomic-file';
import { hashPin, pinMatches } from './pin-hash';
import type { StaffPin } from './types';

const log = createLogger('staff-pin');

const MAX_WRONG_TRIES = 5;
const FIRST_LOCK_MS = 60_000;
/** Upper bound of the doubling lock, so staff wait at most one day. */
const MAX_LOCK_MS = 24 * 60 * 60 * 1000;
const PIN_PATTERN = /^\d{6,12}$/;

const PinFileSchema = z.object({
  version: z.literal(1),
  hash: z
    .object({
      algorithm: z.literal('scrypt'),
      salt: z.string().min(1),
      hash: z.string().min(1),
      N: z.number().int().positive(),
      r: z.number().int().positive(),
      p: z.number().int().positive(),
      keyLength: z.number().int().positive(),
    })
    .nullable(),
  /** Wrong tries since the last success or lock. */
  failures: z.number().int().nonnegative(),
  /** Locks since the last success; each one doubles the next lock. */
  lockouts: z.number().int().nonnegative(),
  /** Epoch milliseconds. */
  lockedUntil: z.number().nullable(),
  /** Length of the current lock, to re-anchor it when the clock goes back. */
  lockMs: z.number().int().nonnegative().default(0),
});
type PinFile = z.infer<typeof PinFileSchema>;

const EMPTY: PinFile = {
  version: 1,
  hash: null,
  failures: 0,
  lockouts: 0,
  lockedUntil: null,
  lockMs: 0,
};

/** Returns the PIN file of a data folder. */
export function staffPinPath(dataDir: string): string {
  return path.join(dataDir, 'staff-pin.json');
}

/**
 * Opens the staff PIN in `<dataDir>/staff-pin.json`. The file stores only a
 * salted scrypt hash plus the wrong-try count and lock, so a restart does
 * not reset a lockout. `now` is injectable for tests.
 */
export function openStaffPin(
  dataDir: string,
  options: { now?: () => number } = {},
): StaffPin {
  const file = staffPinPath(dataDir);
  const now = options.now ?? Date.now;
  let state = load(file);
  // Calls run one after another, so two quick entries cannot both read the
  // same wrong-try count and lose one of them.
  let queue: Promise<unknown> = Promise.resolve();

  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    // The caller gets the failure through `run`; the queue only waits.
    queue = run.catch(() => undefined);
    return run;
  };

  const save = (next: PinFile): void => {
    writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
    state = next;
  };

  const verify = async (pin: string): Promise<void> => {
    const hash = state.hash;
    if (!hash) throw pinNotSet();
    const anchored = reanchorLock(state, now());
    if (anchored !== state) save(anchored);
    rejectWhileLocked(state, now());
    checkFormat(pin, 'pin');

    if (await pinMatches(pin, hash)) {
      if (state.failures > 0 || state.lockouts > 0) {
        save({ ...EMPTY, hash });
      }
      return;
    }

    const next = afterWrongTry(state, now());
    save(next);
    throw wrongTryFailure(next, now());
  };

  return {
    isSet: () => state.hash !== null,
    setInitial: (pin) =>
      serial(async () => {
        if (state.hash) {
          throw new AppFailure({
            code: 'pin-already-set',
            message: 'A staff PIN is already set; use change PIN instead.',
          });
        }
        checkFormat(pin, 'pin');
        save({ ...EMPTY, hash: await hashPin(pin) });
        log.info('staff PIN set');
      }),
    verify: (pin) => serial(() => verify(pin)),
    change: (current, next) =>
      serial(async () => {
        checkFormat(next, 'newPin');
        await verify(current);
        save({ ...EMPTY, hash: await hashPin(next) });
        log.info('staff PIN changed');
      }),
    lockedUntil: () => {
      const until = state.lockedUntil;
      return until !== null && until > now()
        ? new Date(until).toISOString()
        : null;
    },
  };
}

/**
 * Reads the PIN file. A corrupt file is kept as a backup and the PIN counts
 * as not set, so staff can set a new one rather than be locked out for good.
 */
function load(file: string): PinFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (isMissingFile(error)) return EMPTY;
    throw error;
  }

  try {
    return PinFileSchema.parse(JSON.parse(text));
  } catch (error) {
    const backup = corruptBackupName(file, new Date());
    renameSync(file, backup);
    log.error(`staff PIN file invalid; kept it as ${backup}`, error);
    return EMPTY;
  }
}

function afterWrongTry(state: PinFile, now: number): PinFile {
  const failures = state.failures + 1;
  if (failures < MAX_WRONG_TRIES) return { ...state, failures };

  const lockMs = Math.min(FIRST_LOCK_MS * 2 ** state.lockouts, MAX_LOCK_MS);
  log.warn(
    `staff PIN locked for ${lockMs / 1000} s after ${failures} wrong tries`,
  );
  return {
    ...state,
    failures: 0,
    lockouts: state.lockouts + 1,
    lockedUntil: now + lockMs,
    lockMs,
  };
}

/**
 * Returns the state with the lock ending `lockMs` from now when the clock
 * went back during a lock, because the stored end would then lie further
 * ahead than the lock was long. Returns `state` itself otherwise.
 */
function reanchorLock(state: PinFile, now: number): PinFile {
  const until = state.lockedUntil;
  if (until === null || until - now <= state.lockMs) return state;

  log.warn('system clock went back during a staff PIN lock; lock restarted');
  return { ...state, lockedUntil: now + state.lockMs };
}

function rejectWhileLocked(state: PinFile, now: number): void {
  if (state.lockedUntil !== null && state.lockedUntil > now) {
    throw lockedFailure(state.lockedUntil - now);
  }
}

function wrongTryFailure(state: PinFile, now: number): AppFailure {
  if (state.lockedUntil !== null && state.lockedUntil > now) {
    return lockedFailure(state.lockedUntil - now);
  }

  const attemptsLeft = MAX_WRONG_TRIES - state.failures;
  return new AppFailure({
    code: 'pin-wrong',
    message: `Wrong staff PIN; ${attemptsLeft} tries left before entry locks.`,
    attemptsLeft,
  });
}

function lockedFailure(retryAfterMs: number): AppFailure {
  const seconds = Math.ceil(retryAfterMs / 1000);
  return new AppFailure({
    code: 'pin-locked',
    message: `Staff PIN entry is locked after wrong tries; try again in ${seconds} s.`,
    retryAfterMs,
  });
}

function pinNotSet(): AppFailure {
  return new AppFailure({
    code: 'pin-not-set',
    message: 'No staff PIN is set yet; set one in staff setup first.',
  });
}

function checkFormat(pin: string, field: string): void {
  if (PIN_PATTERN.test(pin)) return;
  // The message never repeats the entered value: it may be a real PIN.
  throw new AppFailure({
    code: 'invalid-request',
    field,
    message: 'The staff PIN must be 6 to 12 digits (0-9) with nothing else.',
  });
}
