import { useState } from 'react';

import type {
  AppError,
  CardRecord,
  IssuedKey,
  Reservation,
  Result,
} from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { callStaff } from '../lib/call';
import { useConfirm } from '../ui/ConfirmDialog';
import { ErrorNote } from '../ui/ErrorNote';
import { ExtendStayForm } from './ExtendStayForm';

/**
 * Renders the actions for an active card: show its QR, send it again,
 * cancel it, report it lost, extend the stay. Each action that ends the card
 * needs a confirmation first.
 */
export function CardActions(props: {
  reservation: Reservation;
  card: CardRecord;
  onShowQr: (issued: IssuedKey) => void;
  onChanged: () => void;
}) {
  const { t } = useStaffT();
  const { card, reservation } = props;
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [extending, setExtending] = useState(false);
  const { dialog, confirm } = useConfirm();

  const run = async <T,>(
    call: () => Promise<Result<T>>,
    onDone: (value: T) => void,
  ) => {
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    onDone(result.value);
  };

  const showQr = () =>
    run(
      () => callStaff(() => window.lobbykey.cards.getQr({ cardId: card.id })),
      props.onShowQr,
    );

  const resend = async () => {
    if (!(await confirm(t('card.resendConfirm'), t('card.resend')))) return;
    await run(
      () =>
        callStaff(() =>
          window.lobbykey.cards.resendSms({ reservationId: reservation.id }),
        ),
      (issued) => {
        props.onShowQr(issued);
        props.onChanged();
      },
    );
  };

  const cancel = async () => {
    if (
      !(await confirm(
        t('card.cancelConfirm', { room: card.room }),
        t('card.cancel'),
      ))
    ) {
      return;
    }
    await run(
      () => callStaff(() => window.lobbykey.cards.cancel({ cardId: card.id })),
      props.onChanged,
    );
  };

  const reportLost = async (wholeRoom: boolean) => {
    const key = wholeRoom ? 'card.lostRoomConfirm' : 'card.lostCardConfirm';
    const label = wholeRoom ? 'card.lostRoom' : 'card.lostCard';
    if (!(await confirm(t(key, { room: card.room }), t(label)))) return;
    await run(
      () =>
        callStaff(() =>
          window.lobbykey.cards.reportLost({ cardId: card.id, wholeRoom }),
        ),
      props.onChanged,
    );
  };

  return (
    <div className="staff-actions" data-testid="staff-card-actions">
      <div className="staff-row staff-row--wrap">
        <button type="button" disabled={busy} onClick={() => void showQr()}>
          {t('card.showQr')}
        </button>
        <button type="button" disabled={busy} onClick={() => void resend()}>
          {t('card.resend')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => setExtending((e) => !e)}
        >
          {t('extend.open')}
        </button>
        <button
          type="button"
          className="staff-button--danger"
          disabled={busy}
          onClick={() => void cancel()}
        >
          {t('card.cancel')}
        </button>
        <button
          type="button"
          className="staff-button--danger"
          disabled={busy}
          onClick={() => void reportLost(false)}
        >
          {t('card.lostCard')}
        </button>
        <button
          type="button"
          className="staff-button--danger"
          disabled={busy}
          onClick={() => void reportLost(true)}
        >
          {t('card.lostRoom')}
        </button>
      </div>
      {extending && (
        <ExtendStayForm
          reservation={reservation}
          onExtended={(issued) => {
            setExtending(false);
            props.onShowQr(issued);
            props.onChanged();
          }}
        />
      )}
      <ErrorNote error={error} />
      {dialog}
    </div>
  );
}
