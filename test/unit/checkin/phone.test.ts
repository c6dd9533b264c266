import { describe, expect, it } from 'vitest';

import { assertTextablePhone, splitPhone } from '../../../main/checkin/phone';
import { AppFailure } from '../../../main/errors';

function failureOf(work: () => void): AppFailure | null {
  try {
    work();
    return null;
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
}

describe('assertTextablePhone', () => {
  it.each([
    ['a Chinese mobile', '+8613800138000'],
    ['a German mobile', '+4915123456789'],
    ['a US number of either type', '+12025550123'],
  ])('accepts %s', (_case, e164) => {
    expect(failureOf(() => assertTextablePhone(e164))).toBeNull();
  });

  it('rejects a Berlin landline and says what to enter', () => {
    const failure = failureOf(() => assertTextablePhone('+49301234567'));

    expect(failure?.detail.code).toBe('invalid-request');
    expect(failure?.detail.field).toBe('phone');
    expect(failure?.detail.message).toContain('enter a mobile number');
    expect(failure?.detail.message).not.toContain('1234567');
  });
});

describe('splitPhone', () => {
  it('splits an E.164 number for QR Master', () => {
    expect(splitPhone('+8613800138000')).toEqual({
      e164: '+8613800138000',
      areaCode: '86',
      mobile: '13800138000',
    });
  });

  it('rejects a number valid for no country', () => {
    expect(failureOf(() => splitPhone('+99912345'))?.detail.field).toBe(
      'phone',
    );
  });
});
