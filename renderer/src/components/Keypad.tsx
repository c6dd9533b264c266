import { useTranslation } from 'react-i18next';

interface KeypadProps {
  onDigit: (digit: string) => void;
  onDelete: () => void;
  onClear: () => void;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** An on-screen number pad: digits, clear and delete. */
export function Keypad({ onDigit, onDelete, onClear }: KeypadProps) {
  const { t } = useTranslation('common');
  return (
    <div className="keypad" role="group" aria-label={t('keypad.label')}>
      {DIGITS.map((digit) => (
        <button
          key={digit}
          type="button"
          className="keypad__key"
          onClick={() => onDigit(digit)}
        >
          {digit}
        </button>
      ))}
      <button
        type="button"
        className="keypad__key keypad__key--action"
        onClick={onClear}
      >
        {t('keypad.clear')}
      </button>
      <button
        type="button"
        className="keypad__key"
        onClick={() => onDigit('0')}
      >
        0
      </button>
      <button
        type="button"
        className="keypad__key keypad__key--action"
        onClick={onDelete}
        aria-label={t('keypad.delete')}
      >
        ⌫
      </button>
    </div>
  );
}
