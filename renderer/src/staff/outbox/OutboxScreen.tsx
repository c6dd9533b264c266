import { useEffect, useState } from 'react';

import type { AppError } from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { callStaff } from '../lib/call';
import { formatInstant } from '../lib/time';
import { useOutbox, type OutboxItem } from '../stores/outbox';
import { usePropertyTimeZone } from '../stores/settings';
import { useConfirm } from '../ui/ConfirmDialog';
import { ErrorNote } from '../ui/ErrorNote';

const OPEN_STATES: OutboxItem['state'][] = ['pending', 'needs-staff'];

/** Requests waiting for the network, with retry and cancel. */
export function OutboxScreen() {
  const { t } = useStaffT();
  const items = useOutbox((s) => s.items);
  const loaded = useOutbox((s) => s.loaded);
  const loadError = useOutbox((s) => s.error);
  const [error, setError] = useState<AppError | null>(null);
  const { dialog, confirm } = useConfirm();

  useEffect(() => {
    void useOutbox.getState().load();
  }, []);

  const retry = async (item: OutboxItem) => {
    const result = await callStaff(() =>
      window.lobbykey.outbox.retry({ id: item.id }),
    );
    if (!result.ok) return setError(result.error);
    setError(null);
    useOutbox.getState().replace(result.value);
  };

  const cancel = async (item: OutboxItem) => {
    const question = t('outbox.cancelConfirm', { room: item.room ?? '–' });
    if (!(await confirm(question, t('outbox.cancel')))) return;
    const result = await callStaff(() =>
      window.lobbykey.outbox.cancel({ id: item.id }),
    );
    if (!result.ok) return setError(result.error);
    setError(null);
    useOutbox.getState().replace(result.value);
  };

  return (
    <section
      className="staff-card"
      aria-labelledby="staff-outbox-title"
      data-testid="staff-outbox"
    >
      <div className="staff-row staff-row--spread">
        <h2 id="staff-outbox-title">{t('outbox.title')}</h2>
        <button type="button" onClick={() => void useOutbox.getState().load()}>
          {t('common.refresh')}
        </button>
      </div>
      <ErrorNote error={loadError ?? error} />
      {loaded && items.length === 0 && (
        <p className="staff-note">{t('outbox.empty')}</p>
      )}
      {items.length > 0 && (
        <OutboxTable items={items} onRetry={retry} onCancel={cancel} />
      )}
      {dialog}
    </section>
  );
}

function OutboxTable(props: {
  items: OutboxItem[];
  onRetry: (item: OutboxItem) => Promise<void>;
  onCancel: (item: OutboxItem) => Promise<void>;
}) {
  const { t, language } = useStaffT();
  const zone = usePropertyTimeZone();
  const when = (iso: string | null) =>
    iso ? formatInstant(iso, zone, language) : '–';

  return (
    <table className="staff-table">
      <thead>
        <tr>
          <th scope="col">{t('outbox.guest')}</th>
          <th scope="col">{t('outbox.state')}</th>
          <th scope="col">{t('outbox.attempts')}</th>
          <th scope="col">{t('outbox.lastError')}</th>
          <th scope="col">{t('outbox.nextAttempt')}</th>
          <th scope="col">{t('outbox.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((item) => (
          <tr key={item.id} data-outbox-id={item.id} data-state={item.state}>
            <td>
              {item.guestName ?? '–'} · {item.room ?? '–'}
              <span className="staff-muted">{when(item.createdAt)}</span>
            </td>
            <td>{t(`outbox.states.${item.state}`)}</td>
            <td>{item.attempts}</td>
            <td>{item.lastError ?? '–'}</td>
            <td>{when(item.nextAttemptAt)}</td>
            <td>
              {OPEN_STATES.includes(item.state) && (
                <div className="staff-row">
                  <button
                    type="button"
                    onClick={() => void props.onRetry(item)}
                  >
                    {t('outbox.retry')}
                  </button>
                  <button
                    type="button"
                    className="staff-button--danger"
                    onClick={() => void props.onCancel(item)}
                  >
                    {t('outbox.cancel')}
                  </button>
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
