import { useState } from 'react';

import type {
  AppError,
  IssuedKey,
  Reservation,
} from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { callStaff } from '../lib/call';
import { localDateIn } from '../lib/time';
import { usePropertyTimeZone, useStaffSettings } from '../stores/settings';
import { useConfirm } from '../ui/ConfirmDialog';
import { ErrorNote } from '../ui/ErrorNote';
import { Field } from '../ui/Field';

/** Moves the departure; main replaces the card with one ending then. */
export function ExtendStayForm(props: {
  reservation: Reservation;
  onExtended: (issued: IssuedKey) => void;
}) {
  const { t } = useStaffT();
  const zone = usePropertyTimeZone();
  const checkOut = useStaffSettings(
    (s) => s.view?.settings.checkOutTime ?? '12:00',
  );
  const departure = props.reservation.departureAt;
  const [date, setDate] = useState(() =>
    departure ? localDateIn(new Date(departure), zone) : '',
  );
  const [time, setTime] = useState(checkOut);
  const [error, setError] = useState<AppError | null>(null);
  const { dialog, confirm } = useConfirm();

  const extend = async () => {
    const question = t('extend.confirm', { date, time });
    if (!(await confirm(question, t('extend.submit')))) return;

    const result = await callStaff(() =>
      window.lobbykey.cards.extendStay({
        reservationId: props.reservation.id,
        departureDate: date,
        departureTime: time,
      }),
    );
    if (result.ok) props.onExtended(result.value);
    else setError(result.error);
  };

  return (
    <div className="staff-subform" data-testid="staff-extend-form">
      <div className="staff-grid">
        <Field label={t('extend.date')}>
          {({ id, describedBy }) => (
            <input
              id={id}
              type="date"
              aria-describedby={describedBy}
              value={date}
              onChange={(event) => setDate(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('extend.time')}>
          {({ id, describedBy }) => (
            <input
              id={id}
              type="time"
              aria-describedby={describedBy}
              value={time}
              onChange={(event) => setTime(event.target.value)}
            />
          )}
        </Field>
      </div>
      <button
        type="button"
        disabled={!date || !time}
        onClick={() => void extend()}
      >
        {t('extend.submit')}
      </button>
      <ErrorNote error={error} />
      {dialog}
    </div>
  );
}
