import { useTranslation } from 'react-i18next';

import { BigButton } from '../components/BigButton';
import { EntryField } from '../components/EntryField';
import { Keypad } from '../components/Keypad';
import { TextKeyboard } from '../components/TextKeyboard';
import { useCountdown } from '../components/useCountdown';
import { lookupBooking } from '../services/checkin';
import { useLookupStore, type SecondFactor } from '../stores/lookup';
import { ErrorNotice } from './ErrorNotice';
import { GuestScreen } from './GuestScreen';

const SURNAME_MAX = 80;

function FactorChoice() {
  const { t } = useTranslation('guest');
  const method = useLookupStore((state) => state.method);
  const factor = useLookupStore((state) => state.factor);
  const set = useLookupStore((state) => state.set);
  // A phone lookup already has the number, so its last digits prove nothing.
  if (method === 'phone') return null;

  const choose = (next: SecondFactor) => set({ factor: next, error: null });
  return (
    <div className="segmented" role="group" aria-label={t('verify.title')}>
      <button
        type="button"
        aria-pressed={factor === 'surname'}
        onClick={() => choose('surname')}
        data-testid="factor-surname"
      >
        {t('verify.bySurname')}
      </button>
      <button
        type="button"
        aria-pressed={factor === 'phone-digits'}
        onClick={() => choose('phone-digits')}
        data-testid="factor-digits"
      >
        {t('verify.byDigits')}
      </button>
    </div>
  );
}

function SurnameEntry() {
  const { t } = useTranslation('guest');
  const surname = useLookupStore((state) => state.surname);
  const set = useLookupStore((state) => state.set);
  const setSurname = (value: string) =>
    set({ surname: value.replace(/^\s+/, '').slice(0, SURNAME_MAX) });

  return (
    <div className="entry-with-keys">
      <EntryField
        id="surname"
        label={t('verify.surnameLabel')}
        hint={t('verify.surnameHint')}
        value={surname}
        onChange={setSurname}
        allowed={/[\p{L}\p{M}' -]/u}
        maxLength={SURNAME_MAX}
        autoFocus
        testId="surname-input"
        onEnter={() => void lookupBooking()}
      />
      <TextKeyboard
        layout="name"
        onKey={(key) => setSurname(surname + key)}
        onDelete={() => setSurname(surname.slice(0, -1))}
      />
    </div>
  );
}

function DigitsEntry() {
  const { t } = useTranslation('guest');
  const digits = useLookupStore((state) => state.digits);
  const set = useLookupStore((state) => state.set);
  const setDigits = (value: string) => set({ digits: value.slice(0, 4) });

  return (
    <div className="entry-with-keys entry-with-keys--pad">
      <EntryField
        id="digits"
        label={t('verify.digitsLabel')}
        hint={t('verify.digitsHint')}
        value={digits}
        onChange={setDigits}
        allowed={/\d/}
        maxLength={4}
        autoFocus
        testId="digits-input"
        onEnter={() => void lookupBooking()}
      />
      <Keypad
        onDigit={(digit) => setDigits(digits + digit)}
        onDelete={() => setDigits(digits.slice(0, -1))}
        onClear={() => setDigits('')}
      />
    </div>
  );
}

/** The second factor: surname, or the last 4 digits of the phone. */
export function VerifyScreen() {
  const { t } = useTranslation('guest');
  const factor = useLookupStore((state) => state.factor);
  const ready = useLookupStore((state) =>
    state.factor === 'surname'
      ? state.surname.trim().length > 0
      : /^\d{4}$/.test(state.digits),
  );
  const pending = useLookupStore((state) => state.pending);
  const error = useLookupStore((state) => state.error);
  const lockedUntil = useLookupStore((state) => state.lockedUntil);
  const locked = useCountdown(lockedUntil) > 0;

  return (
    <GuestScreen
      step="verify"
      title={t('verify.title')}
      intro={<FactorChoice />}
      back="find"
      primary={
        <BigButton
          disabled={!ready || pending || locked}
          onClick={() => void lookupBooking()}
          data-testid="verify-submit"
          aria-busy={pending}
        >
          {pending ? t('verify.searching') : t('verify.submit')}
        </BigButton>
      }
    >
      {error ? <ErrorNotice error={error} lockedUntil={lockedUntil} /> : null}
      {factor === 'surname' ? <SurnameEntry /> : <DigitsEntry />}
    </GuestScreen>
  );
}
