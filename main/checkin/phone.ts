import { parsePhoneNumberFromString } from 'libphonenumber-js';

import { AppFailure } from '../errors';
import { maskPhone } from '../logging/redact';

/** A phone number split the way QR Master wants it. */
export interface CardHolderPhone {
  e164: string;
  /** Country calling code, digits only, such as "86". */
  areaCode: string;
  /** National significant number, digits only. */
  mobile: string;
}

/**
 * Splits an E.164 number into country code and national number. Throws
 * `invalid-request` on the `phone` field when the number is not valid for
 * any country.
 */
export function splitPhone(e164: string): CardHolderPhone {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed?.isValid()) {
    throw new AppFailure({
      code: 'invalid-request',
      message: `Phone number ${maskPhone(e164)} is not a valid number; enter it with its country code.`,
      field: 'phone',
    });
  }
  return {
    e164: parsed.number,
    areaCode: parsed.countryCallingCode,
    mobile: parsed.nationalNumber,
  };
}

/** ISO region of an E.164 number, for the country picker, or null. */
export function phoneCountryOf(e164: string | null): string | null {
  if (!e164) return null;
  return parsePhoneNumberFromString(e164)?.country ?? null;
}
