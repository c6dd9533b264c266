import 'react-simple-keyboard/build/css/index.css';

import Keyboard from 'react-simple-keyboard';
import { useTranslation } from 'react-i18next';

/** Layouts: booking codes (letters and digits) or names. */
export type KeyboardLayout = 'code' | 'name';

const layouts: Record<KeyboardLayout, string[]> = {
  code: [
    '1 2 3 4 5 6 7 8 9 0',
    'Q W E R T Y U I O P',
    'A S D F G H J K L -',
    'Z X C V B N M {bksp}',
  ],
  name: [
    'Q W E R T Y U I O P',
    'A S D F G H J K L',
    "Z X C V B N M ' - {bksp}",
    '{space}',
  ],
};

interface TextKeyboardProps {
  layout: KeyboardLayout;
  onKey: (key: string) => void;
  onDelete: () => void;
}

/**
 * An on-screen letter keyboard (react-simple-keyboard). It reports key
 * presses; the field that owns the value applies them, so a hardware
 * keyboard can edit the same value.
 */
export function TextKeyboard({ layout, onKey, onDelete }: TextKeyboardProps) {
  const { t } = useTranslation('common');
  const handle = (button: string) => {
    if (button === '{bksp}') onDelete();
    else if (button === '{space}') onKey(' ');
    else onKey(button);
  };
  return (
    <div
      className="text-keyboard"
      role="group"
      aria-label={t('keyboard.label')}
    >
      <Keyboard
        layoutName="default"
        layout={{ default: layouts[layout] }}
        display={{
          '{bksp}': `⌫ ${t('keyboard.delete')}`,
          '{space}': t('keyboard.space'),
        }}
        onKeyPress={handle}
        theme="hg-theme-default lobbykey-keyboard"
        disableButtonHold
        preventMouseDownDefault
        physicalKeyboardHighlight={false}
      />
    </div>
  );
}
