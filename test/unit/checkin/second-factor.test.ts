import { describe, expect, it } from 'vitest';

import {
  matchesSecondFactor,
  surnameForms,
} from '../../../main/checkin/second-factor';
import type { ReservationRecord } from '../../../main/storage/types';

function booking(lastName: string, phoneE164: string | null = null) {
  return { lastName, phoneE164 } as ReservationRecord;
}

function surname(value: string) {
  return { by: 'surname', surname: value } as const;
}

describe('matchesSecondFactor', () => {
  it.each([
    ['Müller', 'MULLER'],
    ['Müller', '  müller '],
    ['王', 'Wang'],
    ['王', '王'],
    ['欧阳', 'Ouyang'],
    ['欧阳', 'ou yang'],
    ['单', 'Shan'],
  ])('matches %s typed as %s', (stored, typed) => {
    expect(matchesSecondFactor(booking(stored), surname(typed))).toBe(true);
  });

  it.each([
    ['Müller', 'Mulle'],
    ['王', 'Huang'],
    ['Smith', ''],
    ['', ''],
  ])('rejects %s typed as %s', (stored, typed) => {
    expect(matchesSecondFactor(booking(stored), surname(typed))).toBe(false);
  });

  it('matches the last four phone digits', () => {
    const stay = booking('Li', '+8613800138000');

    expect(
      matchesSecondFactor(stay, { by: 'phone-digits', digits: '8000' }),
    ).toBe(true);
    expect(
      matchesSecondFactor(stay, { by: 'phone-digits', digits: '8001' }),
    ).toBe(false);
  });

  it('rejects phone digits for a booking without phone', () => {
    expect(
      matchesSecondFactor(booking('Li'), {
        by: 'phone-digits',
        digits: '0000',
      }),
    ).toBe(false);
  });
});

describe('surnameForms', () => {
  it('keeps a Latin surname as its folded form only', () => {
    expect(surnameForms('García')).toEqual(['garcia']);
  });
});
