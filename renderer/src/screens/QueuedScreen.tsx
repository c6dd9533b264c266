import { useTranslation } from 'react-i18next';

import { BigButton } from '../components/BigButton';
import { endGuestSession } from '../services/checkin';
import { useDeliveryStore } from '../stores/delivery';
import { GuestScreen } from './GuestScreen';

/** Says plainly that the key will be texted once the connection is back. */
export function QueuedScreen() {
  const { t } = useTranslation(['guest', 'common']);
  const number = useDeliveryStore((state) => state.queuedTo) ?? '';

  return (
    <GuestScreen
      step="queued"
      title={t('queued.title')}
      startOver={false}
      primary={
        <BigButton onClick={endGuestSession} data-testid="done-button">
          {t('common:actions.done')}
        </BigButton>
      }
    >
      <div
        className="notice notice--info notice--large"
        data-testid="queued-message"
      >
        <p>{t('queued.body', { number })}</p>
      </div>
      <p>{t('queued.frontDesk')}</p>
    </GuestScreen>
  );
}
