import { useState } from 'react';
import type { z } from 'zod';

import type {
  AppError,
  ImportReportSchema,
} from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { callStaff } from '../lib/call';
import { ErrorNote } from '../ui/ErrorNote';
import { Field } from '../ui/Field';
import { Note } from '../ui/Note';

type ImportReport = z.infer<typeof ImportReportSchema>;

/** Imports reservations from a CSV file or pasted text; shows a row report. */
export function CsvImport(props: { onImported: () => void }) {
  const { t } = useStaffT();
  const [csv, setCsv] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const readFile = async (file: File | undefined) => {
    if (file) setCsv(await file.text());
  };

  const submit = async () => {
    setBusy(true);
    const result = await callStaff(() =>
      window.lobbykey.reservations.importCsv({ csv }),
    );
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setReport(result.value);
    props.onImported();
  };

  return (
    <section
      className="staff-card"
      aria-labelledby="staff-import-title"
      data-testid="staff-import"
    >
      <h2 id="staff-import-title">{t('import.title')}</h2>
      <Field label={t('import.file')}>
        {({ id, describedBy }) => (
          <input
            id={id}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={describedBy}
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
        )}
      </Field>
      <Field label={t('import.paste')} hint={t('import.hint')}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            rows={6}
            aria-describedby={describedBy}
            spellCheck={false}
            value={csv}
            onChange={(event) => setCsv(event.target.value)}
          />
        )}
      </Field>
      <button
        type="button"
        className="staff-button--primary"
        disabled={busy || csv.trim() === ''}
        onClick={() => void submit()}
      >
        {t('import.submit')}
      </button>
      <ErrorNote error={error} />
      {report && <ImportResult report={report} />}
    </section>
  );
}

function ImportResult(props: { report: ImportReport }) {
  const { t } = useStaffT();
  const { imported, updated, rejected } = props.report;

  return (
    <div data-testid="staff-import-report">
      <Note tone="ok">
        {t('import.summary', { imported, updated, rejected: rejected.length })}
      </Note>
      {rejected.length > 0 && (
        <table className="staff-table" aria-label={t('import.rejectedRows')}>
          <thead>
            <tr>
              <th scope="col">{t('import.line')}</th>
              <th scope="col">{t('import.code')}</th>
              <th scope="col">{t('import.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rejected.map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                <td>{row.confirmationCode ?? '–'}</td>
                <td>{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
