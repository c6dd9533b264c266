import { useCallback, useEffect, useState } from 'react';

import type { AppError } from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { callStaff } from '../lib/call';
import { secondsUntil } from '../lib/time';
import { useNow } from '../lib/use-now';
import { useStaffSession } from '../stores/session';
import { ErrorNote } from '../ui/ErrorNote';
import { PIN_MAX, PIN_MIN, PinPad } from './PinPad';
import { Note } from '../ui/Note';

/** Reads whether a PIN exists and whether the pad is locked out. */
export async function loadPinStatus(): Promise<AppError | null> {
  const result = await callStaff(() => window.lobbykey.staff.getPinStatus({}));
  if (!result.ok) return result.error;

  const { pinSet, lockedUntil } = result.value;
  const until = lockedUntil ? Date.parse(lockedUntil) : null;
  useStaffSession.getState().showPinPad(pinSet, until);
  return null;
}

/** Digits typed so far, kept in component state and cleared after each use. */
function usePinEntry() {
  const [pin, setPin] = useState('');
  const addDigit = useCallback(
    (digit: string) => setPin((p) => (p.length < PIN_MAX ? p + digit : p)),
    [],
  );
  const backspace = useCallback(() => setPin((p) => p.slice(0, -1)), []);
  return { pin, setPin, addDigit, backspace };
}

/** Shows the PIN pad (or first-PIN set-up) in front of every staff screen. */
export function PinGate() {
  const { t } = useStaffT();
  const phase = useStaffSession((s) => s.phase);
  const [loadError, setLoadError] = useState<AppError | null>(null);

  const reload = useCallback(() => void loadPinStatus().then(setLoadError), []);

  useEffect(reload, [reload]);

  if (loadError) {
    return (
      <div className="staff-pin-gate">
        <ErrorNote error={loadError} />
        <button type="button" onClick={reload}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (phase === 'create-pin') return <CreatePin />;
  if (phase === 'enter-pin') return <EnterPin />;
  return <p className="staff-pin-gate">{t('common.loading')}</p>;
}

function EnterPin() {
  const { t } = useStaffT();
  const { pin, setPin, addDigit, backspace } = usePinEntry();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const lockReason = useStaffSession((s) => s.lockReason);
  const lockedUntil = useStaffSession((s) => s.padLockedUntil);
  const now = useNow(lockedUntil !== null);
  const secondsLeft = lockedUntil ? secondsUntil(lockedUntil, now) : 0;
  const locked = secondsLeft > 0;

  const submit = useCallback(async () => {
    if (busy || locked || pin.length < PIN_MIN) return;
    setBusy(true);
    const result = await callStaff(() => window.lobbykey.staff.unlock({ pin }));
    setPin('');
    setBusy(false);

    if (result.ok) {
      useStaffSession.getState().unlocked(result.value.idleLockSeconds);
      return;
    }
    if (result.error.code === 'pin-locked') {
      const wait = result.error.retryAfterMs ?? 60_000;
      useStaffSession.getState().lockPad(Date.now() + wait);
      setError(null);
      return;
    }
    setError(result.error);
  }, [busy, locked, pin, setPin]);

  return (
    <div className="staff-pin-gate">
      {lockReason && !locked && (
        <p className="staff-note" role="status">
          {t(`pin.lockedBy.${lockReason}`)}
        </p>
      )}
      <PinPad
        title={t('pin.enterTitle')}
        length={pin.length}
        disabled={busy || locked}
        onDigit={addDigit}
        onBackspace={backspace}
        onSubmit={() => void submit()}
      />
      {locked ? (
        <p
          className="staff-note staff-note--error"
          role="timer"
          aria-live="polite"
          data-testid="staff-pin-lockout"
        >
          {t('pin.lockedOut', { time: formatCountdown(secondsLeft) })}
        </p>
      ) : (
        <ErrorNote error={error} />
      )}
    </div>
  );
}

/** "m:ss" for a countdown in seconds. */
export function formatCountdown(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

function CreatePin() {
  const { t } = useStaffT();
  const { pin, setPin, addDigit, backspace } = usePinEntry();
  const [firstPin, setFirstPin] = useState<string | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (newPin: string) => {
    setBusy(true);
    const created = await callStaff(() =>
      window.lobbykey.staff.setInitialPin({ pin: newPin }),
    );
    const opened = created.ok
      ? await callStaff(() => window.lobbykey.staff.unlock({ pin: newPin }))
      : created;
    setBusy(false);

    if (opened.ok)
      useStaffSession.getState().unlocked(opened.value.idleLockSeconds);
    else setError(opened.error);
  };

  const submit = () => {
    if (busy || pin.length < PIN_MIN) return;
    setPin('');
    setError(null);
    if (firstPin === null) {
      setFirstPin(pin);
      setMismatch(false);
      return;
    }
    setFirstPin(null);
    if (pin !== firstPin) {
      setMismatch(true);
      return;
    }
    void save(pin);
  };

  return (
    <div className="staff-pin-gate">
      <p className="staff-note">{t('pin.createIntro')}</p>
      <PinPad
        title={t(firstPin === null ? 'pin.createTitle' : 'pin.confirmTitle')}
        length={pin.length}
        disabled={busy}
        onDigit={addDigit}
        onBackspace={backspace}
        onSubmit={submit}
      />
      {mismatch && <Note tone="error">{t('pin.mismatch')}</Note>}
      <ErrorNote error={error} />
    </div>
  );
}
