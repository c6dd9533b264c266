import { useTranslation } from 'react-i18next';

import { checkPhone, countryName, isCountryCode } from '../lib/phone';
import { CountryPicker } from './CountryPicker';
import { EntryField } from './EntryField';
import { Keypad } from './Keypad';

interface PhoneEntryProps {
  id: string;
  label: string;
  hint?: string;
  country: string;
  national: string;
  defaultCountry: string;
  language: string;
  onChange: (change: { country?: string; national?: string }) => void;
  /** Message shown back with the normalised, masked number. */
  shownBack: (masked: string) => string;
}

const MAX_NATIONAL_DIGITS = 15;
// Shorter than any mobile number, so no "invalid" message while typing.
const MIN_DIGITS_TO_CHECK = 6;

/**
 * A mobile number: country picker, the digits field and a keypad. Shows the
 * number back normalised and masked once it is valid for the country.
 */
export function PhoneEntry(props: PhoneEntryProps) {
  const { t } = useTranslation('guest');
  const country = props.country || props.defaultCountry;
  const check = isCountryCode(country)
    ? checkPhone(country, props.national)
    : { valid: false as const };
  const showInvalid =
    !check.valid && props.national.length >= MIN_DIGITS_TO_CHECK;
  const setNational = (national: string) =>
    props.onChange({ national: national.slice(0, MAX_NATIONAL_DIGITS) });

  return (
    <div className="phone-entry">
      <div className="phone-entry__field">
        <CountryPicker
          value={country}
          first={props.defaultCountry}
          language={props.language}
          onChange={(next) => props.onChange({ country: next })}
        />
        <EntryField
          id={props.id}
          label={props.label}
          hint={props.hint}
          value={props.national}
          onChange={setNational}
          allowed={/\d/}
          maxLength={MAX_NATIONAL_DIGITS}
          autoFocus
          testId={`${props.id}-input`}
          error={
            showInvalid
              ? t('find.phoneInvalid', {
                  country: countryName(country, props.language),
                })
              : null
          }
        />
        {check.valid ? (
          <p className="phone-entry__shown" data-testid={`${props.id}-shown`}>
            {props.shownBack(check.masked)}
          </p>
        ) : null}
      </div>
      <Keypad
        onDigit={(digit) => setNational(props.national + digit)}
        onDelete={() => setNational(props.national.slice(0, -1))}
        onClear={() => setNational('')}
      />
    </div>
  );
}
