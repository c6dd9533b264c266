import { useTranslation } from 'react-i18next';

import { BigButton } from '../components/BigButton';
import { EntryField } from '../components/EntryField';
import { PhoneEntry } from '../components/PhoneEntry';
import { TextKeyboard } from '../components/TextKeyboard';
import { typedPhone } from '../services/checkin';
import { useAppStatusStore } from '../stores/app-status';
import { useLookupStore, type LookupMethod } from '../stores/lookup';
import { useSessionStore } from '../stores/session';
import { GuestScreen } from './GuestScreen';

const CODE_MAX = 40;
const CODE_MIN = 3;

function MethodChoice() {
  const { t } = useTranslation('guest');
  const method = useLookupStore((state) => state.method);
  const set = useLookupStore((state) => state.set);
  const choose = (next: LookupMethod) =>
    set({
      method: next,
      factor: next === 'phone' ? 'surname' : useLookupStore.getState().factor,
    });

  return (
    <div className="segmented" role="group" aria-label={t('find.title')}>
      <button
        type="button"
        aria-pressed={method === 'code'}
        onClick={() => choose('code')}
        data-testid="method-code"
      >
        {t('find.byCode')}
      </button>
      <button
        type="button"
        aria-pressed={method === 'phone'}
        onClick={() => choose('phone')}
        data-testid="method-phone"
      >
        {t('find.byPhone')}
      </button>
    </div>
  );
}

function CodeEntry() {
  const { t } = useTranslation('guest');
  const code = useLookupStore((state) => state.code);
  const set = useLookupStore((state) => state.set);
  const go = useSessionStore((state) => state.go);
  const setCode = (value: string) =>
    set({ code: value.toUpperCase().slice(0, CODE_MAX) });

  return (
    <div className="entry-with-keys">
      <EntryField
        id="code"
        label={t('find.codeLabel')}
        hint={t('find.codeHint')}
        value={code}
        onChange={setCode}
        allowed={/[A-Za-z0-9-]/}
        maxLength={CODE_MAX}
        autoFocus
        testId="code-input"
        onEnter={() => code.length >= CODE_MIN && go('verify')}
      />
      <TextKeyboard
        layout="code"
        onKey={(key) => setCode(code + key)}
        onDelete={() => setCode(code.slice(0, -1))}
      />
    </div>
  );
}

function PhoneLookup() {
  const { t } = useTranslation('guest');
  const country = useLookupStore((state) => state.country);
  const national = useLookupStore((state) => state.national);
  const set = useLookupStore((state) => state.set);
  const defaultCountry = useAppStatusStore(
    (state) => state.status?.kiosk.defaultCountry ?? 'CN',
  );
  const language = useSessionStore((state) => state.language);

  return (
    <PhoneEntry
      id="lookup-phone"
      label={t('find.phoneLabel')}
      hint={t('find.phoneHint')}
      country={country}
      national={national}
      defaultCountry={defaultCountry}
      language={language}
      onChange={(change) => set(change)}
      shownBack={(number) => t('find.phoneShown', { number })}
    />
  );
}

/** Find the booking: by confirmation code or by mobile number. */
export function FindScreen() {
  const { t } = useTranslation(['guest', 'common']);
  const method = useLookupStore((state) => state.method);
  const code = useLookupStore((state) => state.code);
  const phoneReady = useLookupStore(
    (state) => typedPhone(state.country, state.national) !== null,
  );
  const go = useSessionStore((state) => state.go);
  const ready = method === 'code' ? code.length >= CODE_MIN : phoneReady;

  return (
    <GuestScreen
      step="find"
      title={t('find.title')}
      intro={<MethodChoice />}
      primary={
        <BigButton
          disabled={!ready}
          onClick={() => go('verify')}
          data-testid="find-next"
        >
          {t('common:actions.next')} ›
        </BigButton>
      }
    >
      {method === 'code' ? <CodeEntry /> : <PhoneLookup />}
    </GuestScreen>
  );
}
