import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { parsePhoneNumberFromString as parseWithTypes } from 'libphonenumber-js/max';

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

/**
 * Checks that a number a guest typed for the text message can receive one.
 * Full metadata distinguishes mobiles from landlines, and numbers whose type the country
 * does not distinguish (FIXED_LINE_OR_MOBILE, as in the US) pass. Throws
 * `invalid-request` on the `phone` field otherwise.
 */
export function assertTextablePhone(e164: string): void {
  const type = parseWithTypes(e164)?.getType();
  if (type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE') return;

  throw new AppFailure({
    code: 'invalid-request',
    message: `Phone number ${maskPhone(e164)} cannot receive text messages (${type ?? 'unknown type'}); enter a mobile number.`,
    field: 'phone',
  });
}
