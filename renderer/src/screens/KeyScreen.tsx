import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { BigButton } from '../components/BigButton';
import { useCountdown } from '../components/useCountdown';
import { formatCountdown, formatStayTime } from '../lib/dates';
import { endGuestSession } from '../services/checkin';
import { useAppStatusStore } from '../stores/app-status';
import { useDeliveryStore } from '../stores/delivery';
import { useSessionStore } from '../stores/session';
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
          {key.smsSent && key.smsTo ? (
            <p className="notice notice--success" data-testid="key-sms">
              {t('key.smsSent', { number: key.smsTo })}
            </p>
          ) : null}
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
