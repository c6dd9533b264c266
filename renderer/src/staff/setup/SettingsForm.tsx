import { useState } from 'react';

import type {
  AppError,
  Language,
  Settings,
} from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { callStaff, errorField } from '../lib/call';
import { useStaffSettings } from '../stores/settings';
import { Checkbox, Fieldset } from '../ui/Checkbox';
import { ErrorNote } from '../ui/ErrorNote';
import { Field } from '../ui/Field';
import { TimeZoneSelect } from './TimeZoneSelect';
import { Note } from '../ui/Note';

type TextKey =
  | 'apiBaseUrl'
  | 'communityNo'
  | 'propertyName'
  | 'defaultCountry'
  | 'helpContact';
type NumberKey = 'idleTimeoutSeconds' | 'staffIdleLockMinutes';
type Draft = Omit<Settings, 'operatingMode'>;

const LANGUAGES: Language[] = ['en', 'zh-CN'];

function withoutMode(settings: Settings): Draft {
  const { operatingMode: _mode, ...rest } = settings;
  return rest;
}

/** Non-secret settings; a rejected field shows its error next to it. */
export function SettingsForm(props: { settings: Settings }) {
  const { t } = useStaffT();
  const [draft, setDraft] = useState<Draft>(() => withoutMode(props.settings));
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const field = error ? errorField(error) : null;

  const change = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const fieldError = (name: string) =>
    field !== null && error && (field === name || field.startsWith(`${name}.`))
      ? error.message
      : null;

  const save = async () => {
    const sent = draft;
    const result = await callStaff(() =>
      window.lobbykey.settings.update({ patch: sent }),
    );
    if (!result.ok) return setError(result.error);
    setError(null);
    setSaved(true);
    useStaffSettings.getState().setView(result.value);
    // Edits typed while the save was in flight stay in the form.
    setDraft((current) =>
      current === sent ? withoutMode(result.value.settings) : current,
    );
  };

  const text = (
    name: TextKey,
    extra?: { inputMode?: 'numeric' | 'url' | 'tel' },
  ) => (
    <Field label={t(`settings.${name}`)} error={fieldError(name)}>
      {({ id, describedBy }) => (
        <input
          id={id}
          name={name}
          aria-describedby={describedBy}
          aria-invalid={fieldError(name) ? true : undefined}
          inputMode={extra?.inputMode}
          value={draft[name]}
          onChange={(event) => change({ [name]: event.target.value })}
        />
      )}
    </Field>
  );
  const number = (name: NumberKey) => (
    <Field label={t(`settings.${name}`)} error={fieldError(name)}>
      {({ id, describedBy }) => (
        <input
          id={id}
          name={name}
          type="number"
          aria-describedby={describedBy}
          value={Number.isNaN(draft[name]) ? '' : draft[name]}
          onChange={(event) => change({ [name]: event.target.valueAsNumber })}
        />
      )}
    </Field>
  );
  const clock = (name: 'checkInTime' | 'checkOutTime') => (
    <Field label={t(`settings.${name}`)} error={fieldError(name)}>
      {({ id, describedBy }) => (
        <input
          id={id}
          name={name}
          type="time"
          aria-describedby={describedBy}
          value={draft[name]}
          onChange={(event) => change({ [name]: event.target.value })}
        />
      )}
    </Field>
  );
  const zone = (name: 'propertyTimeZone' | 'communityTimeZone') => (
    <Field label={t(`settings.${name}`)} error={fieldError(name)}>
      {({ id, describedBy }) => (
        <TimeZoneSelect
          id={id}
          describedBy={describedBy}
          value={draft[name]}
          onChange={(value) => change({ [name]: value })}
        />
      )}
    </Field>
  );

  return (
    <section className="staff-card" aria-labelledby="staff-settings-title">
      <h2 id="staff-settings-title">{t('settings.title')}</h2>
      <div className="staff-grid">
        {text('apiBaseUrl', { inputMode: 'url' })}
        {text('communityNo', { inputMode: 'numeric' })}
        {text('propertyName')}
        {zone('propertyTimeZone')}
        {zone('communityTimeZone')}
        {text('defaultCountry')}
        {clock('checkInTime')}
        {clock('checkOutTime')}
        {number('idleTimeoutSeconds')}
        {number('staffIdleLockMinutes')}
        {text('helpContact', { inputMode: 'tel' })}
        <Field label={t('settings.mode')} error={fieldError('mode')}>
          {({ id, describedBy }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              value={draft.mode}
              onChange={(event) =>
                change({ mode: event.target.value as Draft['mode'] })
              }
            >
              <option value="kiosk">{t('settings.modeKiosk')}</option>
              <option value="front-desk">{t('settings.modeFrontDesk')}</option>
            </select>
          )}
        </Field>
      </div>
      <Checkbox
        label={t('settings.smsDefault')}
        checked={draft.smsDefault}
        onChange={(smsDefault) => change({ smsDefault })}
      />
      <LanguagePicker
        draft={draft}
        error={fieldError('languages') ?? fieldError('defaultLanguage')}
        onChange={change}
      />
      <Fieldset legend={t('settings.printing')} error={fieldError('printing')}>
        <Checkbox
          label={t('settings.printingEnabled')}
          checked={draft.printing.enabled}
          onChange={(enabled) =>
            change({ printing: { ...draft.printing, enabled } })
          }
        />
        <Field label={t('settings.printerName')}>
          {({ id, describedBy }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              value={draft.printing.printerName}
              onChange={(event) =>
                change({
                  printing: {
                    ...draft.printing,
                    printerName: event.target.value,
                  },
                })
              }
            />
          )}
        </Field>
      </Fieldset>
      <div className="staff-row">
        <button
          type="button"
          className="staff-button--primary"
          onClick={() => void save()}
        >
          {t('settings.save')}
        </button>
        {saved && (
          <span className="staff-note staff-note--ok" role="status">
            {t('settings.saved')}
          </span>
        )}
      </div>
      {error && !field && <ErrorNote error={error} />}
      {error && field && <Note tone="error">{t('settings.fixFields')}</Note>}
    </section>
  );
}

function LanguagePicker(props: {
  draft: Draft;
  error: string | null;
  onChange: (patch: Partial<Draft>) => void;
}) {
  const { t } = useStaffT();
  const { languages, defaultLanguage } = props.draft;

  const toggle = (language: Language, on: boolean) => {
    const next = on
      ? LANGUAGES.filter((l) => l === language || languages.includes(l))
      : languages.filter((l) => l !== language);
    props.onChange({ languages: next });
  };

  return (
    <Fieldset legend={t('settings.languages')} error={props.error}>
      {LANGUAGES.map((language) => (
        <Checkbox
          key={language}
          label={t(`languages.${language}`)}
          checked={languages.includes(language)}
          onChange={(on) => toggle(language, on)}
        />
      ))}
      <Field label={t('settings.defaultLanguage')}>
        {({ id, describedBy }) => (
          <select
            id={id}
            aria-describedby={describedBy}
            value={defaultLanguage}
            onChange={(event) =>
              props.onChange({
                defaultLanguage: event.target.value as Language,
              })
            }
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </Fieldset>
  );
}
