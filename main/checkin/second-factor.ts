import { pinyin } from 'pinyin-pro';
import type { z } from 'zod';

import type { LookupRequestSchema } from '../../preload/contract';
import type { ReservationRecord } from '../storage/types';

export type LookupRequest = z.output<typeof LookupRequestSchema>;
type SecondFactor = LookupRequest['secondFactor'];

/**
 * Folds a surname for comparison: trimmed, inner spaces collapsed, lower
 * case, accents removed ("Müller" and "MULLER" match). Chinese characters
 * have no marks to strip and compare as given.
 */
export function foldSurname(surname: string): string {
  return surname
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const HAN = /\p{Script=Han}/u;

/**
 * Returns the forms a stored surname may be typed in. A Chinese surname
 * also matches its toneless pinyin with and without spaces ("王" matches
 * "wang", "欧阳" matches "ouyang" and "ou yang"), because the kiosk keyboard
 * types Latin letters. pinyin-pro's surname mode reads surname heteronyms
 * such as 单 (Shan) and 曾 (Zeng).
 */
export function surnameForms(lastName: string): string[] {
  const folded = foldSurname(lastName);
  if (!HAN.test(folded)) return [folded];

  const syllables = pinyin(folded, {
    toneType: 'none',
    surname: 'head',
    type: 'array',
  });
  return [folded, syllables.join(''), syllables.join(' ')];
}

/** Checks whether a booking matches the guest's second factor. */
export function matchesSecondFactor(
  reservation: ReservationRecord,
  factor: SecondFactor,
): boolean {
  if (factor.by === 'surname') {
    const typed = foldSurname(factor.surname);
    return typed !== '' && surnameForms(reservation.lastName).includes(typed);
  }
  const digits = reservation.phoneE164?.replace(/\D/g, '') ?? '';
  return digits.length >= 4 && digits.endsWith(factor.digits);
}

/** Bookings the first factor points at: a confirmation code or a phone. */
export function findCandidates(
  reservations: {
    findByCode(code: string): ReservationRecord | null;
    findByPhone(phoneE164: string): ReservationRecord[];
  },
  booking: LookupRequest['booking'],
): ReservationRecord[] {
  if (booking.by === 'phone') return reservations.findByPhone(booking.phone);
  const found = reservations.findByCode(booking.code.trim());
  return found ? [found] : [];
}
