import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { smsChosen } from '../services/checkin';
import { GuestScreen } from './GuestScreen';

// One request makes the key, so the stages advance on a timer to show that
// work goes on; the last stage waits for the result.
const STAGE_MS = 1200;

/** Issuing: the stages of making the key, while the request runs. */
export function IssuingScreen() {
  const { t } = useTranslation('guest');
  const [stage, setStage] = useState(0);
  const stages = [
    'issuing.checking',
    'issuing.creating',
    ...(smsChosen() ? ['issuing.sending'] : []),
  ];
  const last = stages.length - 1;

  useEffect(() => {
    if (stage >= last) return;
    const timer = setTimeout(
      () => setStage((current) => current + 1),
      STAGE_MS,
    );
    return () => clearTimeout(timer);
  }, [stage, last]);

  return (
    <GuestScreen
      step="issuing"
      title={t('issuing.title')}
      intro={<p>{t('issuing.wait')}</p>}
      startOver={false}
    >
      <div
        className="issuing"
        aria-live="polite"
        aria-busy="true"
        data-testid="issuing"
      >
        <div className="issuing__spinner" aria-hidden="true" />
        <ol className="issuing__stages">
          {stages.map((key, index) => (
            <li
              key={key}
              className={`issuing__stage ${index < stage ? 'issuing__stage--done' : ''} ${index === stage ? 'issuing__stage--current' : ''}`}
              aria-current={index === stage ? 'step' : undefined}
            >
              <span className="issuing__mark" aria-hidden="true">
                {index < stage ? '✓' : index + 1}
              </span>
              {t(key)}
            </li>
          ))}
        </ol>
      </div>
    </GuestScreen>
  );
}
