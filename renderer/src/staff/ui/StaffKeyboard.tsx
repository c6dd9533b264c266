import 'react-simple-keyboard/build/css/index.css';

import { useEffect, useRef, useState } from 'react';
import Keyboard from 'react-simple-keyboard';

import { useStaffT } from '../i18n';
import { isTextControl, typeInto } from '../lib/type-into';

const LAYOUT = {
  default: [
    '1 2 3 4 5 6 7 8 9 0 - {bksp}',
    'q w e r t y u i o p /',
    'a s d f g h j k l : .',
    '{shift} z x c v b n m @ _ +',
    '{space}',
  ],
  shift: [
    '! # $ % & * ( ) = ? - {bksp}',
    'Q W E R T Y U I O P /',
    'A S D F G H J K L : .',
    '{shift} Z X C V B N M @ _ +',
    '{space}',
  ],
};

/**
 * Renders an on-screen keyboard that types into the staff field that last
 * had focus, for front desks without a hardware keyboard. Its keys never
 * take the focus, so the field keeps its caret.
 *
 * NOTE: react-simple-keyboard renders its keys as plain div elements, so
 * screen readers do not list them; the fields themselves stay accessible.
 */
export function StaffKeyboard() {
  const { t } = useStaffT();
  const [shift, setShift] = useState(false);
  const target = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);

  useEffect(() => {
    const remember = (event: FocusEvent) => {
      if (isTextControl(event.target as Element)) {
        target.current = event.target as HTMLInputElement | HTMLTextAreaElement;
      }
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);

  const press = (button: string) => {
    if (button === '{shift}') return setShift((s) => !s);
    const control = target.current;
    if (!control?.isConnected) return;

    if (button === '{bksp}') typeInto(control, null);
    else typeInto(control, button === '{space}' ? ' ' : button);
    control.focus();
  };

  return (
    <div
      className="staff-keyboard"
      role="group"
      aria-label={t('keyboard.label')}
    >
      <Keyboard
        layout={LAYOUT}
        layoutName={shift ? 'shift' : 'default'}
        display={{
          '{bksp}': `⌫ ${t('keyboard.delete')}`,
          '{shift}': `⇧ ${t('keyboard.shift')}`,
          '{space}': t('keyboard.space'),
        }}
        onKeyPress={press}
        theme="hg-theme-default staff-keyboard__keys"
        disableButtonHold
        preventMouseDownDefault
        physicalKeyboardHighlight={false}
      />
    </div>
  );
}
