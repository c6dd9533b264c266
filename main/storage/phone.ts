import {
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/max';

/** A phone number split the way the store and QR Master need it. */
export interface NormalisedPhone {
  /** For example "+8613800138000". */
  e164: string;
  /** Country calling code without "+", for example "86". */
  areaCode: string;
  /** National significant number, trunk prefix removed. */
  nationalNumber: string;
}

/**
 * Normalises a phone number as people write it: "+49 30 1234567",
 * "0049 30 1234567" and, with defaultCountry "DE", "030 1234567" are all
 * "+49301234567". Returns a reason naming the value and the fix when the
 * number is not valid for its country. Uses libphonenumber-js full metadata.
 */
export function normalisePhone(
  text: string,
  defaultCountry: string,
): NormalisedPhone | { error: string } {
  const trimmed = text.trim();
  // "00" is the international prefix in most of the world, but
  // libphonenumber reads it only where the default country dials out with
  // it (the US uses 011), so it is rewritten as "+".
  const international = trimmed.startsWith('00')
    ? `+${trimmed.slice(2)}`
    : trimmed;
  const parsed = parsePhoneNumberFromString(
    international,
    defaultCountry as CountryCode,
  );

  if (!parsed?.isValid()) {
    return {
      error:
        `phone "${trimmed}" is not a valid phone number (numbers without ` +
        `a country code are read as ${defaultCountry}); write it with its ` +
        'country code, such as "+8613800138000".',
    };
  }
  return {
    e164: parsed.number,
    areaCode: parsed.countryCallingCode,
    nationalNumber: parsed.nationalNumber,
  };
}
