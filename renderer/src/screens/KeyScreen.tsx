import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { BigButton } from '../components/BigButton';
import { useCountdown } from '../components/useCountdown';
import { formatCountdown, formatStayTime } from '../lib/dates';
import { endGuestSession, resendKey } from '../services/checkin';
import { useAppStatusStore } from '../stores/app-status';
import { useDeliveryStore } from '../stores/delivery';
import { useLookupStore } from '../stores/lookup';
import { useSessionStore } from '../stores/session';
import { ErrorNotice } from './ErrorNotice';
import { GuestScreen } from './GuestScreen';

/** The key: QR code, room, validity, how to use it, and a countdown. */
export function KeyScreen() {
  const { t } = useTranslation(['guest', 'common']);
  const key = useDeliveryStore((state) => state.key);
  const kiosk = useAppStatusStore((state) => state.status?.kiosk ?? null);
  const language = useSessionStore((state) => state.language);
  const seconds = kiosk?.keyScreenSeconds ?? 60;
  const [closesAt] = useState(() => Date.now() + seconds * 1000);
  const left = useCountdown(closesAt);

  useEffect(() => {
    if (left === 0) endGuestSession();
  }, [left]);

  if (!key || !kiosk) return null;
  const zone = kiosk.propertyTimeZone;

  return (
    <GuestScreen
      step="key"
      title={t('key.title')}
      intro={<p className="key__enjoy">{t('key.enjoy')}</p>}
      startOver={false}
      primary={
        <BigButton onClick={endGuestSession} data-testid="done-button">
          {t('common:actions.done')}
        </BigButton>
      }
    >
      <div className="key">
        <img
          className="key__qr"
          src={`data:image/png;base64,${key.qrPng}`}
          alt={t('key.qrAlt', { room: key.room })}
          data-testid="key-qr"
        />
        <div className="key__details">
          <p className="key__room" data-testid="key-room">
            {t('key.room', { room: key.room })}
          </p>
          <p className="key__valid" data-testid="key-valid">
            {t('key.valid', {
              from: formatStayTime(key.validFrom, zone, language),
              until: formatStayTime(key.validUntil, zone, language),
            })}
          </p>
          <p className="key__howto">{t('key.howTo')}</p>
          <p className="muted">{t('key.photo')}</p>
          <KeySmsLine />
          {kiosk.printingEnabled ? (
            <BigButton
              variant="secondary"
              className="no-print"
              onClick={() => window.print()}
              data-testid="print-button"
            >
              {t('key.print')}
            </BigButton>
          ) : null}
          <p
            className="key__countdown no-print"
            data-testid="key-countdown"
            aria-live="off"
          >
            {t('key.countdown', { time: formatCountdown(left) })}
          </p>
        </div>
      </div>
    </GuestScreen>
  );
}

/**
 * Says where the key was texted in this session. A returning guest whose
 * booking has a phone gets a button to have the key texted again instead,
 * since an earlier visit's text may be lost.
 */
function KeySmsLine() {
  const { t } = useTranslation('guest');
  const key = useDeliveryStore((state) => state.key);
  const textedNow = useDeliveryStore((state) => state.textedNow);
  const repeatVisit = useDeliveryStore((state) => state.repeatVisit);
  const pending = useDeliveryStore((state) => state.pending);
  const error = useDeliveryStore((state) => state.error);
  const phoneMasked = useLookupStore((state) => state.stay?.phoneMasked);
  if (!key) return null;

  if (textedNow && key.smsTo) {
    const message = repeatVisit ? 'key.resent' : 'key.smsSent';
    return (
      <p className="notice notice--success" data-testid="key-sms">
        {t(message, { number: key.smsTo })}
      </p>
    );
  }
  if (!repeatVisit || !phoneMasked) return null;

  return (
    <>
      {error ? <ErrorNotice error={error} /> : null}
      <BigButton
        variant="secondary"
        className="no-print"
        onClick={() => void resendKey()}
        disabled={pending}
        data-testid="resend-key"
      >
        {pending
          ? t('key.resending')
          : t('key.resend', { number: phoneMasked })}
      </BigButton>
    </>
  );
}
