import { useState } from 'react';

import { useStaffT } from './i18n';
import { callStaff } from './lib/call';
import { useStaffSettings } from './stores/settings';

/** Demo or live, the connection, the outbox length and why issuing is off. */
export function StatusBar() {
  const { t } = useStaffT();
  const status = useStaffSettings((s) => s.status);
  const notice = useStaffSettings(
    (s) => s.view?.notice ?? s.status?.settingsNotice,
  );
  if (!status) return null;

  return (
    <div className="staff-status" data-testid="staff-status">
      <span
        className={
          status.demo ? 'staff-badge staff-badge--demo' : 'staff-badge'
        }
      >
        {t(status.demo ? 'status.demo' : 'status.live')}
      </span>
      <span
        className={`staff-badge staff-badge--${status.connection}`}
        data-connection={status.connection}
      >
        {t(`status.connection.${status.connection}`)}
      </span>
      <span className="staff-badge">
        {t('status.outbox', { count: status.outboxLength })}
      </span>
      {!status.issuing.enabled && (
        <span className="staff-badge staff-badge--warning" role="status">
          {t(`status.issuingOff.${status.issuing.reason ?? 'unknown'}`)}
        </span>
      )}
      <ClearLookupLock />
      {notice && (
        <p className="staff-note" role="status">
          {notice}
        </p>
      )}
    </div>
  );
}

/**
 * Lifts the guest lookup's slow-down and lock, for when someone at the kiosk
 * ran into it and a real guest is waiting.
 */
function ClearLookupLock() {
  const { t } = useStaffT();
  const [cleared, setCleared] = useState(false);

  const clear = async () => {
    const result = await callStaff(() =>
      window.lobbykey.staff.clearLookupLock({}),
    );
    setCleared(result.ok);
  };
  return (
    <>
      <button
        type="button"
        onClick={() => void clear()}
        data-testid="staff-clear-lookup-lock"
      >
        {t('status.clearLookupLock')}
      </button>
      {cleared && (
        <span className="staff-note" role="status">
          {t('status.lookupLockCleared')}
        </span>
      )}
    </>
  );
}
