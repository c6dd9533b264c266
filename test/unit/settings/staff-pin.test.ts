import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { openStaffPin, staffPinPath } from '../../../main/settings';
import type { AppError } from '../../../preload/contract';
import { rejectedAppError, useTempDirs } from '../storage/temp-dir';

const PIN = '246810';
const WRONG = '111111';
const MINUTE = 60_000;

/** Creates a clock that a test moves by hand. */
function manualClock(start = Date.parse('2026-12-04T10:00:00.000Z')) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

async function enterWrong(pin: ReturnType<typeof openStaffPin>, times: number) {
  const errors: (AppError | undefined)[] = [];
  for (let i = 0; i < times; i += 1)
    errors.push(await rejectedAppError(pin.verify(WRONG)));
  return errors;
}

describe('staff PIN', () => {
  const tempDir = useTempDirs();

  it('is not set on first start', async () => {
    const pin = openStaffPin(tempDir());

    expect(pin.isSet()).toBe(false);
    expect((await rejectedAppError(pin.verify(PIN)))?.code).toBe('pin-not-set');
  });

  it('sets a PIN and verifies it', async () => {
    const pin = openStaffPin(tempDir());

    await pin.setInitial(PIN);

    expect(pin.isSet()).toBe(true);
    await expect(pin.verify(PIN)).resolves.toBeUndefined();
  });

  it('stores only a salted hash', async () => {
    const dir = tempDir();
    await openStaffPin(dir).setInitial(PIN);

    const text = readFileSync(staffPinPath(dir), 'utf8');
    const stored = JSON.parse(text) as { hash: { salt: string; N: number } };

    expect(text).not.toContain(PIN);
    expect(Buffer.from(stored.hash.salt, 'base64')).toHaveLength(16);
    expect(stored.hash.N).toBeGreaterThanOrEqual(2 ** 15);
  });

  it('uses a new salt for the same PIN', async () => {
    const first = tempDir();
    const second = tempDir();
    await openStaffPin(first).setInitial(PIN);
    await openStaffPin(second).setInitial(PIN);

    const hashOf = (dir: string) =>
      (
        JSON.parse(readFileSync(staffPinPath(dir), 'utf8')) as {
          hash: { hash: string };
        }
      ).hash.hash;

    expect(hashOf(first)).not.toBe(hashOf(second));
  });

  it('keeps the PIN across a restart', async () => {
    const dir = tempDir();
    await openStaffPin(dir).setInitial(PIN);

    const reopened = openStaffPin(dir);

    expect(reopened.isSet()).toBe(true);
    await expect(reopened.verify(PIN)).resolves.toBeUndefined();
  });

  it('rejects a second initial PIN', async () => {
    const pin = openStaffPin(tempDir());
    await pin.setInitial(PIN);

    expect((await rejectedAppError(pin.setInitial('999999')))?.code).toBe(
      'pin-already-set',
    );
    await expect(pin.verify(PIN)).resolves.toBeUndefined();
  });

  it.each(['12345', '1234567890123', '12a456', ' 246810', '２４６８１０', ''])(
    'rejects the malformed PIN %j',
    async (value) => {
      const pin = openStaffPin(tempDir());

      const error = await rejectedAppError(pin.setInitial(value));

      expect(error?.code).toBe('invalid-request');
      expect(error?.field).toBe('pin');
      expect(pin.isSet()).toBe(false);
    },
  );

  it('counts down the tries left', async () => {
    const pin = openStaffPin(tempDir());
    await pin.setInitial(PIN);

    const errors = await enterWrong(pin, 4);

    expect(errors.map((e) => e?.code)).toEqual(Array(4).fill('pin-wrong'));
    expect(errors.map((e) => e?.attemptsLeft)).toEqual([4, 3, 2, 1]);
  });

  it('locks for one minute after five wrong tries', async () => {
    const clock = manualClock();
    const pin = openStaffPin(tempDir(), clock);
    await pin.setInitial(PIN);

    const fifth = (await enterWrong(pin, 5))[4];

    expect(fifth?.code).toBe('pin-locked');
    expect(fifth?.retryAfterMs).toBe(MINUTE);
    expect(pin.lockedUntil()).toBe(
      new Date(clock.now() + MINUTE).toISOString(),
    );
  });

  it('rejects even the right PIN while locked', async () => {
    const clock = manualClock();
    const pin = openStaffPin(tempDir(), clock);
    await pin.setInitial(PIN);
    await enterWrong(pin, 5);
    clock.advance(MINUTE - 1000);

    const error = await rejectedAppError(pin.verify(PIN));

    expect(error?.code).toBe('pin-locked');
    expect(error?.retryAfterMs).toBe(1000);
  });

  it('accepts the right PIN once the lock expires', async () => {
    const clock = manualClock();
    const pin = openStaffPin(tempDir(), clock);
    await pin.setInitial(PIN);
    await enterWrong(pin, 5);

    clock.advance(MINUTE);

    expect(pin.lockedUntil()).toBeNull();
    await expect(pin.verify(PIN)).resolves.toBeUndefined();
  });

  it('doubles the lock after each further lockout', async () => {
    const clock = manualClock();
    const pin = openStaffPin(tempDir(), clock);
    await pin.setInitial(PIN);
    const locks: (number | undefined)[] = [];

    for (let round = 0; round < 3; round += 1) {
      const fifth = (await enterWrong(pin, 5))[4];
      locks.push(fifth?.retryAfterMs);
      clock.advance(fifth?.retryAfterMs ?? 0);
    }

    expect(locks).toEqual([MINUTE, 2 * MINUTE, 4 * MINUTE]);
  });

  it('resets the doubling after a correct PIN', async () => {
    const clock = manualClock();
    const pin = openStaffPin(tempDir(), clock);
    await pin.setInitial(PIN);
    await enterWrong(pin, 5);
    clock.advance(MINUTE);
    await pin.verify(PIN);

    const fifth = (await enterWrong(pin, 5))[4];

    expect(fifth?.retryAfterMs).toBe(MINUTE);
  });

  it('keeps a lockout across a restart', async () => {
    const clock = manualClock();
    const dir = tempDir();
    const before = openStaffPin(dir, clock);
    await before.setInitial(PIN);
    await enterWrong(before, 5);
    clock.advance(20_000);

    const after = openStaffPin(dir, clock);
    const error = await rejectedAppError(after.verify(PIN));

    expect(error?.code).toBe('pin-locked');
    expect(error?.retryAfterMs).toBe(40_000);
  });

  it('restarts a lock when the clock goes back', async () => {
    const clock = manualClock();
    const pin = openStaffPin(tempDir(), clock);
    await pin.setInitial(PIN);
    await enterWrong(pin, 5);

    clock.advance(-10 * 24 * 60 * MINUTE);
    const error = await rejectedAppError(pin.verify(PIN));
    clock.advance(MINUTE);

    expect(error?.retryAfterMs).toBe(MINUTE);
    await expect(pin.verify(PIN)).resolves.toBeUndefined();
  });

  it('keeps the wrong-try count across a restart', async () => {
    const dir = tempDir();
    const before = openStaffPin(dir);
    await before.setInitial(PIN);
    await enterWrong(before, 3);

    const error = await rejectedAppError(openStaffPin(dir).verify(WRONG));

    expect(error?.attemptsLeft).toBe(1);
  });

  it('counts parallel wrong tries one by one', async () => {
    const pin = openStaffPin(tempDir());
    await pin.setInitial(PIN);

    const errors = await Promise.all(
      [1, 2, 3, 4, 5].map(() => rejectedAppError(pin.verify(WRONG))),
    );

    expect(errors.map((e) => e?.code).sort()).toEqual([
      'pin-locked',
      'pin-wrong',
      'pin-wrong',
      'pin-wrong',
      'pin-wrong',
    ]);
  });

  it('changes the PIN only with the current one', async () => {
    const pin = openStaffPin(tempDir());
    await pin.setInitial(PIN);

    const error = await rejectedAppError(pin.change(WRONG, '13579135'));

    expect(error?.code).toBe('pin-wrong');
    await expect(pin.verify(PIN)).resolves.toBeUndefined();
  });

  it('changes the PIN with the current one', async () => {
    const pin = openStaffPin(tempDir());
    await pin.setInitial(PIN);

    await pin.change(PIN, '13579135');

    expect((await rejectedAppError(pin.verify(PIN)))?.code).toBe('pin-wrong');
    await expect(pin.verify('13579135')).resolves.toBeUndefined();
  });

  it('rejects a malformed new PIN without counting a try', async () => {
    const pin = openStaffPin(tempDir());
    await pin.setInitial(PIN);

    const error = await rejectedAppError(pin.change(PIN, '123'));

    expect(error?.field).toBe('newPin');
    expect((await rejectedAppError(pin.verify(WRONG)))?.attemptsLeft).toBe(4);
  });

  it('never puts the entered PIN in an error message', async () => {
    const pin = openStaffPin(tempDir());
    await pin.setInitial(PIN);

    const wrong = await rejectedAppError(pin.verify('97531864'));
    const malformed = await rejectedAppError(pin.verify('97531x'));

    expect(wrong?.message).not.toContain('97531864');
    expect(malformed?.message).not.toContain('97531x');
  });

  it('keeps a corrupt PIN file as a backup and counts as not set', () => {
    const dir = tempDir();
    writeFileSync(staffPinPath(dir), '{"version": 1, "hash": ');

    const pin = openStaffPin(dir);

    expect(pin.isSet()).toBe(false);
    expect(
      readdirSync(dir).filter((n) => n.startsWith('staff-pin.json.corrupt-')),
    ).toHaveLength(1);
  });
});
