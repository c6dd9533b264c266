import {
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js';

import { maskPhone } from '../logging/redact';
import { invalidRequest } from './failures';

/** A phone number split the way the storage layer keeps it. */
export interface NormalisedPhone {
  phoneE164: string;
  areaCode: string;
  nationalNumber: string;
}

/**
 * Shows a rejected number in a message: masked when it has enough digits to
 * be someone's real number, as typed otherwise so staff see the typo.
 */
function describeTyped(typed: string): string {
  const digits = typed.replace(/\D/g, '').length;
  return digits >= 7 ? maskPhone(typed) : typed;
}

/**
 * Normalises a number typed by staff, reading one without a country code as
 * a number of `defaultCountry`. Throws `invalid-request` on `field` when
 * the number is not a valid phone number; the message shows it masked.
 */
export function normalisePhone(
  typed: string,
  defaultCountry: string,
  field: string,
): NormalisedPhone {
  const parsed = parsePhoneNumberFromString(
    typed,
    defaultCountry as CountryCode,
  );
  if (!parsed?.isValid()) {
    throw invalidRequest(
      field,
      `Invalid phone number "${describeTyped(typed)}" for region ${defaultCountry}; ` +
        'enter it with its country code, such as +86 138 0013 8000.',
    );
  }
  return {
    phoneE164: parsed.number,
    areaCode: parsed.countryCallingCode,
    nationalNumber: parsed.nationalNumber,
  };
}
