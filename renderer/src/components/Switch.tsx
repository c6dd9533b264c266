import { useTranslation } from 'react-i18next';

interface SwitchProps {
  /** Label without the state, such as "Text me the key". */
  label: string;
  /** Label with the state in words, such as "Text me the key: On". */
  stateLabel: (state: string) => string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
}

/** A large on/off switch whose states read in words. */
export function Switch({ stateLabel, checked, onChange, testId }: SwitchProps) {
  const { t } = useTranslation('common');
  const state = checked ? t('switch.on') : t('switch.off');
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      className={`switch ${checked ? 'switch--on' : 'switch--off'}`}
      onClick={() => onChange(!checked)}
      data-testid={testId}
    >
      <span className="switch__label">{stateLabel(state)}</span>
      <span className="switch__track" aria-hidden="true">
        <span className="switch__thumb" />
      </span>
    </button>
  );
}
