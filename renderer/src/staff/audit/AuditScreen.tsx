import { useEffect, useState } from 'react';

import type { AppError } from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { callStaff } from '../lib/call';
import { formatInstant } from '../lib/time';
import {
  toAuditFilter,
  useAudit,
  type AuditFilterDraft,
} from '../stores/audit';
import { usePropertyTimeZone } from '../stores/settings';
import { ErrorNote } from '../ui/ErrorNote';
import { Field } from '../ui/Field';
import { formatAuditDetail } from './detail';
import { downloadText } from './download';

const FILTERS: { key: keyof AuditFilterDraft; type: string }[] = [
  { key: 'from', type: 'date' },
  { key: 'to', type: 'date' },
  { key: 'room', type: 'text' },
  { key: 'action', type: 'text' },
];

/** Renders the audit log with date, room and action filters and a CSV export. */
export function AuditScreen() {
  const { t } = useStaffT();
  const draft = useAudit((s) => s.draft);
  const loadError = useAudit((s) => s.error);
  const [exportError, setExportError] = useState<AppError | null>(null);

  useEffect(() => {
    void useAudit.getState().load();
  }, []);

  const exportCsv = async () => {
    const filter = toAuditFilter(useAudit.getState().draft);
    const result = await callStaff(() =>
      window.lobbykey.audit.exportCsv(filter),
    );
    if (!result.ok) return setExportError(result.error);
    setExportError(null);
    downloadText(
      result.value.fileName,
      result.value.csv,
      'text/csv;charset=utf-8',
    );
  };

  return (
    <section
      className="staff-card"
      aria-labelledby="staff-audit-title"
      data-testid="staff-audit"
    >
      <h2 id="staff-audit-title">{t('audit.title')}</h2>
      <form
        className="staff-grid"
        onSubmit={(event) => {
          event.preventDefault();
          void useAudit.getState().load();
        }}
      >
        {FILTERS.map(({ key, type }) => (
          <Field key={key} label={t(`audit.${key}`)}>
            {({ id, describedBy }) => (
              <input
                id={id}
                name={key}
                type={type}
                aria-describedby={describedBy}
                value={draft[key]}
                onChange={(event) =>
                  useAudit.getState().setDraft({ [key]: event.target.value })
                }
              />
            )}
          </Field>
        ))}
        <div className="staff-row staff-grid__full">
          <button type="submit" className="staff-button--primary">
            {t('audit.apply')}
          </button>
          <button type="button" onClick={() => void exportCsv()}>
            {t('audit.export')}
          </button>
        </div>
      </form>
      <ErrorNote error={loadError ?? exportError} />
      <AuditTable />
    </section>
  );
}

function AuditTable() {
  const { t, language } = useStaffT();
  const zone = usePropertyTimeZone();
  const entries = useAudit((s) => s.entries);
  const loaded = useAudit((s) => s.loaded);

  if (loaded && entries.length === 0)
    return <p className="staff-note">{t('audit.empty')}</p>;
  return (
    <table className="staff-table" data-testid="staff-audit-table">
      <thead>
        <tr>
          <th scope="col">{t('audit.at')}</th>
          <th scope="col">{t('audit.actor')}</th>
          <th scope="col">{t('audit.action')}</th>
          <th scope="col">{t('audit.room')}</th>
          <th scope="col">{t('audit.cardNo')}</th>
          <th scope="col">{t('audit.detail')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>{formatInstant(entry.at, zone, language)}</td>
            <td>{entry.actor}</td>
            <td>{entry.action}</td>
            <td>{entry.room ?? '–'}</td>
            <td>{entry.cardNo ?? '–'}</td>
            <td className="staff-table__detail">
              {formatAuditDetail(entry.detail)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
