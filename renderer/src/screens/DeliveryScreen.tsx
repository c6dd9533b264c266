import { useTranslation } from 'react-i18next';

import { BigButton } from '../components/BigButton';
import { PhoneEntry } from '../components/PhoneEntry';
import { Switch } from '../components/Switch';
import { checkPhone, isCountryCode } from '../lib/phone';
import { issueKey } from '../services/checkin';
import { useAppStatusStore } from '../stores/app-status';
import { useDeliveryStore } from '../stores/delivery';
import { useLookupStore } from '../stores/lookup';
import { useSessionStore } from '../stores/session';
import { GuestScreen } from './GuestScreen';

/** Returns the masked number a text would go to, or null when none is usable yet. */
export function useSmsTarget(): string | null {
  const bookingPhone = useLookupStore(
    (state) => state.stay?.phoneMasked ?? null,
  );
  const otherNumber = useDeliveryStore((state) => state.otherNumber);
  const country = useDeliveryStore((state) => state.country);
  const national = useDeliveryStore((state) => state.national);
  const bookingCountry = useLookupStore(
    (state) => state.stay?.phoneCountry ?? null,
  );
  const defaultCountry = useAppStatusStore(
    (state) => state.status?.kiosk.defaultCountry ?? 'CN',
  );

  if (!otherNumber && bookingPhone) return bookingPhone;
  const region = country || bookingCountry || defaultCountry;
  if (!isCountryCode(region)) return null;
  const check = checkPhone(region, national);
  return check.valid ? check.masked : null;
}

function OtherNumber() {
  const { t } = useTranslation('guest');
  const country = useDeliveryStore((state) => state.country);
  const national = useDeliveryStore((state) => state.national);
  const set = useDeliveryStore((state) => state.set);
  const bookingCountry = useLookupStore(
    (state) => state.stay?.phoneCountry ?? null,
  );
  const defaultCountry = useAppStatusStore(
    (state) => state.status?.kiosk.defaultCountry ?? 'CN',
  );
  const language = useSessionStore((state) => state.language);

  return (
    <PhoneEntry
      id="sms-phone"
      label={t('delivery.numberLabel')}
      country={country || bookingCountry || defaultCountry}
      national={national}
      defaultCountry={defaultCountry}
      language={language}
      onChange={(change) => set(change)}
      shownBack={(number) => t('delivery.smsTo', { number })}
    />
  );
}

function SmsDetails() {
  const { t } = useTranslation('guest');
  const bookingPhone = useLookupStore(
    (state) => state.stay?.phoneMasked ?? null,
  );
  const otherNumber = useDeliveryStore((state) => state.otherNumber);
  const set = useDeliveryStore((state) => state.set);
  const target = useSmsTarget();
  const typing = otherNumber || !bookingPhone;

  return (
    <div className="sms-details">
      {!typing && target ? (
        <p className="sms-details__to" data-testid="sms-to">
          {t('delivery.smsTo', { number: target })}
        </p>
      ) : null}
      {!bookingPhone ? <p>{t('delivery.smsNoNumber')}</p> : null}
      {bookingPhone ? (
        <BigButton
          variant="secondary"
          onClick={() => set({ otherNumber: !otherNumber })}
          data-testid="other-number"
        >
          {otherNumber
            ? t('delivery.bookingNumber')
            : t('delivery.otherNumber')}
        </BigButton>
      ) : null}
      {typing ? <OtherNumber /> : null}
    </div>
  );
}

/** Key delivery: on screen always, by text when the switch is on. */
export function DeliveryScreen() {
  const { t } = useTranslation('guest');
  const smsDefault = useAppStatusStore(
    (state) => state.status?.kiosk.smsDefault ?? false,
  );
  const choice = useDeliveryStore((state) => state.smsOn);
  const pending = useDeliveryStore((state) => state.pending);
  const set = useDeliveryStore((state) => state.set);
  const target = useSmsTarget();
  const smsOn = choice ?? smsDefault;
  const ready = !smsOn || target !== null;

  return (
    <GuestScreen
      step="delivery"
      title={t('delivery.title')}
      intro={<p>{t('delivery.screenInfo')}</p>}
      back="confirm"
      primary={
        <BigButton
          disabled={!ready || pending}
          onClick={() => void issueKey()}
          data-testid="issue-button"
        >
          {t('delivery.issue')}
        </BigButton>
      }
    >
      <Switch
        label={t('delivery.sms')}
        stateLabel={(state) => t('delivery.smsState', { state })}
        checked={smsOn}
        onChange={(checked) => set({ smsOn: checked })}
        testId="sms-switch"
      />
      {smsOn ? <SmsDetails /> : <p className="muted">{t('delivery.smsOff')}</p>}
      {!ready ? (
        <p className="notice notice--info">{t('delivery.numberNeeded')}</p>
      ) : null}
    </GuestScreen>
  );
}
