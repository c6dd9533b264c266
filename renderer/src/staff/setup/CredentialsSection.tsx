import { useState } from 'react';

import type { AppError } from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { callStaff, errorField } from '../lib/call';
import { useStaffSettings, type StaffSettingsView } from '../stores/settings';
import { useConfirm } from '../ui/ConfirmDialog';
import { ErrorNote } from '../ui/ErrorNote';
import { Field } from '../ui/Field';
import { Note } from '../ui/Note';

/**
 * accountSid and authToken. The token field is write-only: it starts empty,
 * shows only whether a token is saved, and is cleared after saving.
 */
export function CredentialsSection(props: { view: StaffSettingsView }) {
  const { t } = useStaffT();
  const { credentials } = props.view;
  const [accountSid, setAccountSid] = useState(credentials.accountSid ?? '');
  const [authToken, setAuthToken] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const { dialog, confirm } = useConfirm();
  const storageMissing = credentials.storage === 'unavailable';

  const save = async () => {
    setSaved(false);
    const result = await callStaff(() =>
      window.lobbykey.credentials.save({
        accountSid: accountSid.trim(),
        authToken,
      }),
    );
    setAuthToken('');

    if (!result.ok) return setError(result.error);
    setError(null);
    setSaved(true);
    useStaffSettings.getState().setView(result.value);
  };

  const remove = async () => {
    if (
      !(await confirm(t('credentials.deleteConfirm'), t('credentials.delete')))
    ) {
      return;
    }
    const result = await callStaff(() =>
      window.lobbykey.credentials.delete({}),
    );
    if (!result.ok) return setError(result.error);
    setAccountSid('');
    useStaffSettings.getState().setView(result.value);
  };

  const field = error ? errorField(error) : null;
  const fieldError = (name: string) =>
    field === name && error ? error.message : null;

  return (
    <section className="staff-card" aria-labelledby="staff-credentials-title">
      <h2 id="staff-credentials-title">{t('credentials.title')}</h2>
      {storageMissing && (
        <Note tone="error">{t('credentials.storageUnavailable')}</Note>
      )}
      <Field
        label={t('credentials.accountSid')}
        error={fieldError('accountSid')}
      >
        {({ id, describedBy }) => (
          <input
            id={id}
            aria-describedby={describedBy}
            value={accountSid}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setAccountSid(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('credentials.authToken')}
        error={fieldError('authToken')}
        hint={t(
          credentials.tokenSaved
            ? 'credentials.tokenSaved'
            : 'credentials.tokenMissing',
        )}
      >
        {({ id, describedBy }) => (
          <input
            id={id}
            type="password"
            aria-describedby={describedBy}
            value={authToken}
            autoComplete="new-password"
            placeholder={
              credentials.tokenSaved ? t('credentials.tokenPlaceholder') : ''
            }
            onChange={(event) => setAuthToken(event.target.value)}
          />
        )}
      </Field>
      <div className="staff-row">
        <button
          type="button"
          className="staff-button--primary"
          disabled={
            storageMissing || authToken.length === 0 || accountSid.trim() === ''
          }
          onClick={() => void save()}
        >
          {t('credentials.save')}
        </button>
        {credentials.tokenSaved && (
          <button
            type="button"
            className="staff-button--danger"
            onClick={() => void remove()}
          >
            {t('credentials.delete')}
          </button>
        )}
      </div>
      {saved && <Note tone="ok">{t('credentials.savedNotice')}</Note>}
      {!field && <ErrorNote error={error} />}
      {dialog}
    </section>
  );
}
