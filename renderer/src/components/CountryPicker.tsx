import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  callingCodeOf,
  countryName,
  isCountryCode,
  orderedCountries,
} from '../lib/phone';
import { BigButton } from './BigButton';
import { Dialog } from './Dialog';

interface CountryPickerProps {
  value: string;
  /** The property's country, listed first. */
  first: string;
  language: string;
  onChange: (country: string) => void;
}

/** A button showing the chosen country and calling code, opening a list. */
export function CountryPicker({
  value,
  first,
  language,
  onChange,
}: CountryPickerProps) {
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const code = isCountryCode(value) ? callingCodeOf(value) : '';
  const name = countryName(value, language);

  return (
    <>
      <button
        type="button"
        className="country-button"
        onClick={() => setOpen(true)}
        data-testid="country-picker"
        aria-label={t('country.button', { name, code })}
      >
        <span className="country-button__name">{name}</span>
        <span className="country-button__code">{code}</span>
        <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <CountryList
          first={first}
          language={language}
          current={value}
          onPick={(country) => {
            onChange(country);
            setOpen(false);
          }}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}

interface CountryListProps {
  first: string;
  language: string;
  current: string;
  onPick: (country: string) => void;
  onClose: () => void;
}

function CountryList({
  first,
  language,
  current,
  onPick,
  onClose,
}: CountryListProps) {
  const { t } = useTranslation('common');
  const countries = useMemo(
    () => orderedCountries(first, language),
    [first, language],
  );
  return (
    <Dialog
      title={t('country.title')}
      testId="country-list"
      wide
      onDismiss={onClose}
      actions={
        <BigButton variant="secondary" onClick={onClose}>
          {t('actions.close')}
        </BigButton>
      }
    >
      <ul className="country-list">
        {countries.map((country) => (
          <li key={country}>
            <button
              type="button"
              className="country-list__option"
              aria-pressed={country === current}
              onClick={() => onPick(country)}
              data-testid={`country-${country}`}
            >
              <span>{countryName(country, language)}</span>
              <span className="country-list__code">
                {callingCodeOf(country)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
