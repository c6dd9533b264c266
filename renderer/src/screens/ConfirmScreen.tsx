import { useTranslation } from 'react-i18next';

import { BigButton } from '../components/BigButton';
import { formatStayTime } from '../lib/dates';
import { endGuestSession, showExistingKey } from '../services/checkin';
import { useAppStatusStore } from '../stores/app-status';
import { useLookupStore } from '../stores/lookup';
import { useSessionStore } from '../stores/session';
import { GuestScreen } from './GuestScreen';

/** Confirm the stay: name, room, arrival and departure in the property's zone. */
export function ConfirmScreen() {
  const { t } = useTranslation(['guest', 'common']);
  const stay = useLookupStore((state) => state.stay);
  const zone = useAppStatusStore(
    (state) => state.status?.kiosk.propertyTimeZone ?? 'UTC',
  );
  const language = useSessionStore((state) => state.language);
  const go = useSessionStore((state) => state.go);
  if (!stay) return null;

  return (
    <GuestScreen
      step="confirm"
      title={t('confirm.title')}
      intro={<p>{t('confirm.timeZone', { zone })}</p>}
      back="verify"
      startOver={false}
      primary={
        stay.existingKey ? (
          <BigButton onClick={showExistingKey} data-testid="confirm-yes">
            {t('confirm.showKey')}
          </BigButton>
        ) : (
          <BigButton onClick={() => go('delivery')} data-testid="confirm-yes">
            {t('confirm.yes')}
          </BigButton>
        )
      }
    >
      <dl className="stay-card" data-testid="stay-card">
        <div className="stay-card__row stay-card__row--guest">
          <dt>{t('confirm.guest')}</dt>
          <dd data-testid="stay-guest">{stay.guestName}</dd>
        </div>
        <div className="stay-card__row stay-card__row--room">
          <dt>{t('confirm.room')}</dt>
          <dd data-testid="stay-room">{stay.room}</dd>
        </div>
        <div className="stay-card__row">
          <dt>{t('confirm.arrival')}</dt>
          <dd data-testid="stay-arrival">
            {formatStayTime(stay.arrivalAt, zone, language)}
          </dd>
        </div>
        <div className="stay-card__row">
          <dt>{t('confirm.departure')}</dt>
          <dd data-testid="stay-departure">
            {formatStayTime(stay.departureAt, zone, language)}
          </dd>
        </div>
      </dl>
      {stay.existingKey ? (
        <p className="notice notice--info">{t('confirm.existingKey')}</p>
      ) : null}
      <BigButton
        variant="quiet"
        onClick={endGuestSession}
        data-testid="confirm-no"
      >
        {t('confirm.no')}
      </BigButton>
    </GuestScreen>
  );
}
