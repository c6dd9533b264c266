import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';

import { useStaffT } from '../i18n';

interface Pending {
  message: string;
  confirmLabel: string;
  resolve: (confirmed: boolean) => void;
}

/**
 * Provides a modal yes/no question. `confirm` resolves true only when staff
 * press the confirm button, and false on Escape or "Keep".
 */
export function useConfirm(): {
  dialog: ReactNode;
  confirm: (message: string, confirmLabel: string) => Promise<boolean>;
} {
  const [pending, setPending] = useState<Pending | null>(null);

  const confirm = useCallback(
    (message: string, confirmLabel: string) =>
      new Promise<boolean>((resolve) =>
        setPending({ message, confirmLabel, resolve }),
      ),
    [],
  );

  const answer = (confirmed: boolean) => {
    pending?.resolve(confirmed);
    setPending(null);
  };

  const dialog = pending ? (
    <ConfirmModal pending={pending} onAnswer={answer} />
  ) : null;
  return { dialog, confirm };
}

function ConfirmModal(props: {
  pending: Pending;
  onAnswer: (confirmed: boolean) => void;
}) {
  const { t } = useStaffT();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={ref}
      className="staff-dialog"
      aria-labelledby="staff-confirm-message"
      onCancel={(event) => {
        event.preventDefault();
        props.onAnswer(false);
      }}
    >
      <p id="staff-confirm-message">{props.pending.message}</p>
      <div className="staff-row">
        <button type="button" onClick={() => props.onAnswer(false)}>
          {t('common.keep')}
        </button>
        <button
          type="button"
          className="staff-button--danger"
          onClick={() => props.onAnswer(true)}
        >
          {props.pending.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
