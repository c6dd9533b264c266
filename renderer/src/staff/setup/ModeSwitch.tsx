import { useState } from 'react';

import type { AppError, OperatingMode } from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { callStaff } from '../lib/call';
import { useStaffSettings } from '../stores/settings';
import { useConfirm } from '../ui/ConfirmDialog';
import { ErrorNote } from '../ui/ErrorNote';

const MODES: OperatingMode[] = ['demo', 'live'];

/** Renders the explicit choice between the built-in simulator and the real API. */
export function ModeSwitch(props: { mode: OperatingMode }) {
  const { t } = useStaffT();
  const [error, setError] = useState<AppError | null>(null);
  const { dialog, confirm } = useConfirm();

  const choose = async (mode: OperatingMode) => {
    if (mode === props.mode) return;
    const question = t(`mode.confirm.${mode}`);
    if (!(await confirm(question, t(`mode.${mode}`)))) return;

    const result = await callStaff(() =>
      window.lobbykey.settings.setOperatingMode({ mode }),
    );
    if (!result.ok) return setError(result.error);
    setError(null);
    useStaffSettings.getState().setView(result.value);
    void useStaffSettings.getState().load();
  };

  return (
    <section className="staff-card" aria-labelledby="staff-mode-title">
      <h2 id="staff-mode-title">{t('mode.title')}</h2>
      <div
        className="staff-segmented"
        role="group"
        aria-labelledby="staff-mode-title"
      >
        {MODES.map((mode) => (
          <button
            key={mode}
            type="button"
            aria-pressed={props.mode === mode}
            onClick={() => void choose(mode)}
          >
            {t(`mode.${mode}`)}
          </button>
        ))}
      </div>
      <p className="staff-field__hint">{t(`mode.explain.${props.mode}`)}</p>
      <ErrorNote error={error} />
      {dialog}
    </section>
  );
}
