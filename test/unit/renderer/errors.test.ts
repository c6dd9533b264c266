import { describe, expect, it } from 'vitest';

import { errorCodes, type AppError } from '../../../preload/contract';
import enGuest from '../../../renderer/src/i18n/locales/en/guest.json';
import { messageKeyFor, nextStepsFor } from '../../../renderer/src/lib/errors';

function lookup(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => {
    if (typeof node !== 'object' || node === null) return undefined;
    return (node as Record<string, unknown>)[part];
  }, enGuest);
}

const errorOf = (
  code: AppError['code'],
  extra: Partial<AppError> = {},
): AppError => ({
  code,
  message: 'raw text for staff',
  ...extra,
});

describe('error messages', () => {
  it.each(errorCodes)('has a guest message for %s', (code) => {
    expect(typeof lookup(messageKeyFor(errorOf(code)))).toBe('string');
  });

  it.each(['not-yet-arrived', 'departed', 'cancelled'] as const)(
    'has a message for ineligible reason %s',
    (reason) => {
      const key = messageKeyFor(errorOf('booking-not-eligible', { reason }));

      expect(typeof lookup(key)).toBe('string');
    },
  );

  it.each(errorCodes)('offers a next step for %s', (code) => {
    expect(nextStepsFor(errorOf(code)).length).toBeGreaterThan(0);
  });

  it('offers the offline text first when the network is down', () => {
    expect(nextStepsFor(errorOf('network-unavailable'))[0]).toBe('offline-sms');
  });

  it('sends an unknown outcome to the front desk only', () => {
    expect(nextStepsFor(errorOf('outcome-unknown'))).toEqual(['front-desk']);
  });
});
