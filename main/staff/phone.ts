import { maskPhone } from '../logging/redact';
import { normalisePhone as normaliseStoredPhone } from '../storage/phone';
import { invalidRequest } from './failures';

/** A phone number split the way the storage layer keeps it. */
export interface WalkInPhone {
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
  return digits >= 7 ? maskPhone(typed) : typed.trim();
}

/**
 * Normalises a number typed by staff with the same rules as the CSV
 * import, reading one without a country code as a number of
 * `defaultCountry`. Throws `invalid-request` on `field` when the number is
 * not valid; the message shows a long number masked.
 */
export function normaliseWalkInPhone(
  typed: string,
  defaultCountry: string,
  field: string,
): WalkInPhone {
  const phone = normaliseStoredPhone(typed, defaultCountry);
  if ('error' in phone) {
    throw invalidRequest(
      field,
      `Invalid phone number "${describeTyped(typed)}" (numbers without a country code are read as ${defaultCountry}); ` +
        'enter it with its country code, such as +86 138 0013 8000.',
    );
  }
  return {
    phoneE164: phone.e164,
    areaCode: phone.areaCode,
    nationalNumber: phone.nationalNumber,
  };
}
