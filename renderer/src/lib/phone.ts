import {
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/min';

/** A number the guest typed, checked for its country. */
export type PhoneCheck =
  { valid: true; e164: string; masked: string } | { valid: false };

const MASK = '•';

/** True for a region that libphonenumber-js has metadata for. */
export function isCountryCode(code: string): code is CountryCode {
  return (getCountries() as string[]).includes(code);
}

/** Returns the calling code for a region, such as "+86" for CN. */
export function callingCodeOf(country: CountryCode): string {
  return `+${getCountryCallingCode(country)}`;
}

/**
 * Masks the middle of a national number, keeping the first three digits
 * (or one, for short numbers) and the last four: "138 •••• 8000".
 */
export function maskNational(digits: string): string {
  const keepStart = digits.length >= 10 ? 3 : 1;
  const keepEnd = Math.min(4, Math.max(0, digits.length - keepStart));
  const hidden = digits.length - keepStart - keepEnd;
  if (hidden <= 0) return digits;
  const start = digits.slice(0, keepStart);
  const end = digits.slice(digits.length - keepEnd);
  return `${start} ${MASK.repeat(hidden)} ${end}`;
}

/**
 * Checks national digits for a country and returns E.164 and a mask.
 * NOTE: the `min` metadata checks lengths and leading digits, not number
 * types, so a landline of the right length passes as well as a mobile.
 */
export function checkPhone(country: CountryCode, national: string): PhoneCheck {
  const parsed = parsePhoneNumberFromString(national, country);
  if (!parsed?.isValid()) return { valid: false };

  const masked = `+${parsed.countryCallingCode} ${maskNational(parsed.nationalNumber)}`;
  return { valid: true, e164: parsed.number, masked };
}

/**
 * Lists every region, the property's country first, then by name in the
 * guest's language.
 */
export function orderedCountries(
  first: string,
  language: string,
): CountryCode[] {
  const names = new Intl.DisplayNames([language], { type: 'region' });
  const collator = new Intl.Collator(language);
  const rest = getCountries()
    .filter((code) => code !== first)
    .sort((a, b) => collator.compare(names.of(a) ?? a, names.of(b) ?? b));
  return isCountryCode(first) ? [first, ...rest] : rest;
}

/** Returns the region's name in the guest's language, such as "China" or "中国". */
export function countryName(country: string, language: string): string {
  return (
    new Intl.DisplayNames([language], { type: 'region' }).of(country) ?? country
  );
}
