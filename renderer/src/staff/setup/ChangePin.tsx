import { useState } from 'react';

import type { AppError } from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { callStaff } from '../lib/call';
import { ErrorNote } from '../ui/ErrorNote';
import { Field } from '../ui/Field';
import { Note } from '../ui/Note';

const PIN_PATTERN = /^\d{6,12}$/;

/** Changes the staff PIN; needs the current one. No PIN outlives the call. */
export function ChangePin() {
  const { t } = useStaffT();
  const [currentPin, setCurrentPin] = useState('');
  const [newPin, setNewPin] = useState('');
  const [repeatPin, setRepeatPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState(false);

  const clear = () => {
    setCurrentPin('');
    setNewPin('');
    setRepeatPin('');
  };

  const submit = async () => {
    setDone(false);
    setError(null);
    if (!PIN_PATTERN.test(newPin)) return setProblem(t('changePin.invalid'));
    if (newPin !== repeatPin) return setProblem(t('changePin.mismatch'));
    setProblem(null);

    const result = await callStaff(() =>
      window.lobbykey.staff.changePin({ currentPin, newPin }),
    );
    clear();
    if (result.ok) setDone(true);
    else setError(result.error);
  };

  const pinInput = (label: string, value: string, set: (v: string) => void) => (
    <Field label={label}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          aria-describedby={describedBy}
          value={value}
          onChange={(event) => set(event.target.value.replace(/\D/g, ''))}
        />
      )}
    </Field>
  );

  return (
    <section className="staff-card" aria-labelledby="staff-change-pin-title">
      <h2 id="staff-change-pin-title">{t('changePin.title')}</h2>
      <div className="staff-grid">
        {pinInput(t('changePin.current'), currentPin, setCurrentPin)}
        {pinInput(t('changePin.new'), newPin, setNewPin)}
        {pinInput(t('changePin.repeat'), repeatPin, setRepeatPin)}
      </div>
      <button
        type="button"
        disabled={currentPin.length < 6 || newPin.length === 0}
        onClick={() => void submit()}
      >
        {t('changePin.submit')}
      </button>
      {problem && <Note tone="error">{problem}</Note>}
      {done && <Note tone="ok">{t('changePin.done')}</Note>}
      <ErrorNote error={error} />
    </section>
  );
}
