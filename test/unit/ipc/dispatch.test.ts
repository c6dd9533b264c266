import { describe, expect, it } from 'vitest';

import { AppFailure } from '../../../main/errors';
import { dispatch, type Handlers } from '../../../main/ipc/dispatch';

function handlersWith(overrides: Partial<Handlers>): Handlers {
  return new Proxy(overrides, {
    get(target, name: string) {
      const handler = target[name as keyof Handlers];
      if (handler) return handler;
      return () => Promise.reject(new Error(`no test handler for ${name}`));
    },
  }) as Handlers;
}

describe('dispatch', () => {
  it('rejects a channel the contract does not list', async () => {
    const result = await dispatch(handlersWith({}), 'fs:read-file', {});

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('unknown-channel');
    expect(result.error.message).toContain('"fs:read-file"');
  });

  it('rejects extra fields and names the path', async () => {
    const result = await dispatch(handlersWith({}), 'staff:unlock', {
      pin: '123456',
      admin: true,
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
  });

  it('rejects a PIN that is not 6 to 12 digits', async () => {
    const result = await dispatch(handlersWith({}), 'staff:unlock', {
      pin: '12ab',
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBe('pin');
    expect(result.error.message).toContain('6 to 12 digits');
  });

  it('passes the parsed request to the handler', async () => {
    const handlers = handlersWith({
      'staff:unlock': ({ pin }) =>
        Promise.resolve({ idleLockSeconds: pin.length }),
    });

    const result = await dispatch(handlers, 'staff:unlock', { pin: '1234567' });

    expect(result).toEqual({ ok: true, value: { idleLockSeconds: 7 } });
  });

  it('returns an AppFailure as its typed error', async () => {
    const handlers = handlersWith({
      'staff:unlock': () =>
        Promise.reject(
          new AppFailure({
            code: 'pin-wrong',
            message: 'Wrong PIN.',
            attemptsLeft: 3,
          }),
        ),
    });

    const result = await dispatch(handlers, 'staff:unlock', { pin: '123456' });

    expect(result).toEqual({
      ok: false,
      error: { code: 'pin-wrong', message: 'Wrong PIN.', attemptsLeft: 3 },
    });
  });

  it('hides the text of an unexpected error', async () => {
    const handlers = handlersWith({
      'staff:lock': () => Promise.reject(new Error('secret internals')),
    });

    const result = await dispatch(handlers, 'staff:lock', {});

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('internal');
    expect(result.error.message).not.toContain('secret');
  });
});
