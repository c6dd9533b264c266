import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { BigButton } from '../components/BigButton';
import { Dialog } from '../components/Dialog';
import { useCountdown } from '../components/useCountdown';
import { endGuestSession } from '../services/checkin';
import { useAppStatusStore } from '../stores/app-status';
import { useIdleStore } from '../stores/idle';
import { useSessionStore, type Step } from '../stores/session';

const CHECK_MS = 250;
const WARNING_ATTRIBUTE = 'data-idle-warning';
const ACTIVITY_EVENTS = [
  'pointerdown',
  'touchstart',
  'keydown',
  'wheel',
] as const;
// The welcome screen shows no guest data, and the key screen closes on its
// own visible countdown.
const UNWATCHED: ReadonlySet<Step> = new Set(['welcome', 'key']);

/** Decides, once per check, whether to warn or to reset the session. */
function checkIdle(now: number): void {
  const { step } = useSessionStore.getState();
  const app = useAppStatusStore.getState();
  const idle = useIdleStore.getState();
  const kiosk = app.status?.kiosk;
  if (!kiosk || app.staffOpen || UNWATCHED.has(step)) return;

  // A request in flight counts as activity: the guest is waiting for it.
  if (app.inFlight > 0) {
    idle.touch(now);
    return;
  }
  if (idle.resetAt !== null) {
    if (now >= idle.resetAt) endGuestSession();
    return;
  }
  if (now - idle.lastActivityAt >= kiosk.idleTimeoutSeconds * 1000) {
    idle.warn(now + kiosk.idleWarningSeconds * 1000);
  }
}

function IdleWarning({ resetAt }: { resetAt: number }) {
  const { t } = useTranslation('common');
  const seconds = useCountdown(resetAt);
  const stay = () => useIdleStore.getState().touch(Date.now());

  return (
    <Dialog
      title={t('idle.title')}
      testId="idle-warning"
      onDismiss={stay}
      actions={
        <>
          <BigButton
            variant="secondary"
            onClick={endGuestSession}
            data-testid="idle-leave"
          >
            {t('idle.leave')}
          </BigButton>
          <BigButton onClick={stay} data-testid="idle-stay">
            {t('idle.stay')}
          </BigButton>
        </>
      }
    >
      <p className="idle__count" aria-live="assertive">
        {t('idle.body', { seconds })}
      </p>
    </Dialog>
  );
}

/**
 * Restarts the idle timer on every touch, pointer or key event, shows the
 * "Still there?" warning after the idle timeout, and resets the guest
 * session when its countdown ends.
 */
export function IdleWatcher() {
  const resetAt = useIdleStore((state) => state.resetAt);

  useEffect(() => {
    const onActivity = (event: Event) => {
      // The warning's buttons choose between staying and leaving, so a touch
      // on them must not close the warning before their click lands. Any
      // other touch, on the backdrop too, means the guest is still here.
      if (
        event.target instanceof Element &&
        event.target.closest(`[${WARNING_ATTRIBUTE}] button`)
      ) {
        return;
      }
      useIdleStore.getState().touch(Date.now());
    };
    for (const name of ACTIVITY_EVENTS) {
      window.addEventListener(name, onActivity, {
        capture: true,
        passive: true,
      });
    }
    const timer = setInterval(() => checkIdle(Date.now()), CHECK_MS);
    return () => {
      clearInterval(timer);
      for (const name of ACTIVITY_EVENTS)
        window.removeEventListener(name, onActivity, { capture: true });
    };
  }, []);

  if (resetAt === null) return null;
  return (
    <div {...{ [WARNING_ATTRIBUTE]: '' }}>
      <IdleWarning resetAt={resetAt} />
    </div>
  );
}
