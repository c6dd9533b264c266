import { useStaffT } from './i18n';
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
      {notice && (
        <p className="staff-note" role="status">
          {notice}
        </p>
      )}
    </div>
  );
}
