import { useTranslation } from 'react-i18next';

import { BigButton } from '../components/BigButton';
import { nextStepsFor, type NextStep } from '../lib/errors';
import { endGuestSession, queueOffline } from '../services/checkin';
import { useDeliveryStore } from '../stores/delivery';
import { useLookupStore } from '../stores/lookup';
import { useSessionStore } from '../stores/session';
import { useSmsTarget } from './DeliveryScreen';
import { ErrorNotice } from './ErrorNotice';
import { GuestScreen } from './GuestScreen';

const LABELS: Record<NextStep, string> = {
  'offline-sms': 'guest:queued.offlineChoice',
  'try-again': 'common:actions.tryAgain',
  'front-desk': 'common:actions.frontDesk',
  'start-over': 'common:actions.startOver',
};

/** A failure that ends the flow: the plain message and the next steps. */
export function FailedScreen() {
  const { t } = useTranslation(['guest', 'common']);
  const failure = useSessionStore((state) => state.failure);
  const go = useSessionStore((state) => state.go);
  const setHelpOpen = useSessionStore((state) => state.setHelpOpen);
  const hasStay = useLookupStore((state) => state.stay !== null);
  const pending = useDeliveryStore((state) => state.pending);
  const smsTarget = useSmsTarget();
  if (!failure) return null;

  // Queuing needs a stay and a number to text the key to.
  const steps = nextStepsFor(failure).filter(
    (step) => step !== 'offline-sms' || (hasStay && smsTarget !== null),
  );
  const actions: Record<NextStep, () => void> = {
    'offline-sms': () => void queueOffline(),
    'try-again': () => go(hasStay ? 'delivery' : 'find'),
    'front-desk': () => setHelpOpen(true),
    'start-over': endGuestSession,
  };

  return (
    <GuestScreen
      step="failed"
      title={t('failed.title')}
      startOver={!steps.includes('start-over')}
    >
      <ErrorNotice error={failure} />
      <div className="next-steps">
        {steps.map((step, index) => (
          <BigButton
            key={step}
            wide
            variant={index === 0 ? 'primary' : 'secondary'}
            disabled={pending}
            onClick={actions[step]}
            data-testid={`next-${step}`}
          >
            {t(LABELS[step])}
          </BigButton>
        ))}
      </div>
    </GuestScreen>
  );
}
