import { useState } from 'react';

import type { Reservation } from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { useDesk } from '../stores/desk';
import { failedIds, useGroupIssue } from '../stores/group';
import { useStaffSettings } from '../stores/settings';
import { Checkbox } from '../ui/Checkbox';
import { ErrorNote } from '../ui/ErrorNote';

/** Issues cards for the ticked reservations, with progress and results. */
export function GroupIssue(props: {
  reservations: Reservation[];
  onFinished: () => void;
}) {
  const { t } = useStaffT();
  const selected = useDesk((s) => s.selected);
  const smsDefault = useStaffSettings(
    (s) => s.view?.settings.smsDefault ?? true,
  );
  const [sendSms, setSendSms] = useState(smsDefault);
  const { running, done, total, results, error } = useGroupIssue();
  const failed = failedIds(results);

  const start = async (ids: number[], retry = false) => {
    await useGroupIssue.getState().run(ids, sendSms, retry);
    props.onFinished();
  };

  return (
    <section
      className="staff-card"
      aria-labelledby="staff-group-title"
      data-testid="staff-group"
    >
      <h2 id="staff-group-title">{t('group.title')}</h2>
      <div className="staff-row staff-row--wrap">
        <button
          type="button"
          onClick={() =>
            useDesk.getState().selectAll(props.reservations.map((r) => r.id))
          }
        >
          {t('group.selectAll')}
        </button>
        <button
          type="button"
          onClick={() => useDesk.getState().clearSelection()}
        >
          {t('group.clear')}
        </button>
        <Checkbox
          label={t('issue.sendSms')}
          checked={sendSms}
          onChange={setSendSms}
        />
        <button
          type="button"
          className="staff-button--primary"
          disabled={running || selected.size === 0}
          onClick={() => void start([...selected])}
        >
          {t('group.issue', { count: selected.size })}
        </button>
      </div>
      {(running || results.length > 0) && (
        <GroupProgress done={done} total={total} />
      )}
      <ErrorNote error={error} />
      {results.length > 0 && <GroupResults reservations={props.reservations} />}
      {!running && failed.length > 0 && (
        <button type="button" onClick={() => void start(failed, true)}>
          {t('group.retryFailed', { count: failed.length })}
        </button>
      )}
    </section>
  );
}

function GroupProgress(props: { done: number; total: number }) {
  const { t } = useStaffT();
  // Rounded down, so the bar reads 100% only once every row is done.
  const percent =
    props.total === 0 ? 0 : Math.floor((props.done / props.total) * 100);

  return (
    <div className="staff-progress">
      <div
        role="progressbar"
        aria-label={t('group.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('group.progressText', {
          done: props.done,
          total: props.total,
        })}
        data-testid="staff-group-progress"
        className="staff-progress__track"
      >
        <div className="staff-progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <span aria-hidden="true">
        {t('group.progressText', { done: props.done, total: props.total })}
      </span>
    </div>
  );
}

function GroupResults(props: { reservations: Reservation[] }) {
  const { t } = useStaffT();
  const results = useGroupIssue((s) => s.results);
  const byId = new Map(props.reservations.map((r) => [r.id, r]));

  return (
    <table
      className="staff-table"
      aria-label={t('group.results')}
      data-testid="staff-group-results"
    >
      <thead>
        <tr>
          <th scope="col">{t('desk.guest')}</th>
          <th scope="col">{t('desk.roomHeader')}</th>
          <th scope="col">{t('group.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {results.map((row) => {
          const reservation = byId.get(row.reservationId);
          return (
            <tr key={row.reservationId} data-ok={row.ok}>
              <td>
                {reservation
                  ? `${reservation.firstName} ${reservation.lastName}`
                  : `#${row.reservationId}`}
              </td>
              <td>{reservation?.room ?? '–'}</td>
              <td>
                {row.ok
                  ? t('group.issued', { cardNo: row.cardNo ?? '' })
                  : t('group.failed', {
                      reason: row.message ?? row.errorCode ?? '',
                    })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
