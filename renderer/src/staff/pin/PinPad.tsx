import { useEffect } from 'react';

import { useStaffT } from '../i18n';

export const PIN_MIN = 6;
export const PIN_MAX = 12;

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * On-screen digits with masked dots. The PIN itself lives in the caller's
 * component state and is cleared there after each call.
 */
export function PinPad(props: {
  title: string;
  length: number;
  disabled: boolean;
  onDigit: (digit: string) => void;
  onBackspace: () => void;
  onSubmit: () => void;
}) {
  const { t } = useStaffT();
  const { disabled, onDigit, onBackspace, onSubmit } = props;
  const canSubmit = !disabled && props.length >= PIN_MIN;

  // A hardware keyboard at the front desk types into the pad too.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (disabled) return;
      if (/^\d$/.test(event.key)) onDigit(event.key);
      else if (event.key === 'Backspace') onBackspace();
      else if (event.key === 'Enter') onSubmit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [disabled, onDigit, onBackspace, onSubmit]);

  return (
    <div className="staff-pin" data-testid="staff-pin-pad">
      <h2 id="staff-pin-title">{props.title}</h2>
      <div
        className="staff-pin__dots"
        role="status"
        aria-label={t('pin.entered', { count: props.length })}
        data-testid="staff-pin-dots"
      >
        {Array.from({ length: PIN_MAX }, (_, i) => (
          <span
            key={i}
            className={i < props.length ? 'is-filled' : undefined}
            aria-hidden="true"
          />
        ))}
      </div>
      <div
        className="staff-pin__keys"
        role="group"
        aria-labelledby="staff-pin-title"
      >
        {KEYS.map((digit) => (
          <button
            key={digit}
            type="button"
            disabled={disabled || props.length >= PIN_MAX}
            onClick={() => onDigit(digit)}
          >
            {digit}
          </button>
        ))}
        <button
          type="button"
          disabled={disabled || props.length === 0}
          onClick={onBackspace}
          aria-label={t('pin.backspace')}
        >
          ⌫
        </button>
        <button
          type="button"
          disabled={disabled || props.length >= PIN_MAX}
          onClick={() => onDigit('0')}
        >
          0
        </button>
        <button
          type="button"
          className="staff-button--primary"
          disabled={!canSubmit}
          onClick={onSubmit}
        >
          {t('pin.ok')}
        </button>
      </div>
    </div>
  );
}
