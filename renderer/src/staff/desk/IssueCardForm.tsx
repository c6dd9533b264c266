import { useState } from 'react';

import type {
  AppError,
  IssuedKey,
  Reservation,
} from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { callStaff } from '../lib/call';
import { localDateTimeIn, zonedWallTimeToInstant } from '../lib/time';
import { usePropertyTimeZone, useStaffSettings } from '../stores/settings';
import { Checkbox } from '../ui/Checkbox';
import { ErrorNote } from '../ui/ErrorNote';
import { Field } from '../ui/Field';
import { Note } from '../ui/Note';

/**
 * Computes the card's default validity: from now (or the arrival, if later)
 * to the departure, as wall times in the property's zone.
 */
export function defaultValidity(
  reservation: Reservation & { departureAt: string },
  now: Date,
  zone: string,
): { from: string; until: string; min: string; max: string } {
  const arrival = new Date(reservation.arrivalAt);
  const start = arrival > now ? arrival : now;
  const min = localDateTimeIn(arrival, zone);
  const max = localDateTimeIn(new Date(reservation.departureAt), zone);
  return { from: localDateTimeIn(start, zone), until: max, min, max };
}

/** Issues a card, with validity adjustable within the stay. */
export function IssueCardForm(props: {
  reservation: Reservation & { departureAt: string };
  onIssued: (issued: IssuedKey) => void;
}) {
  const { t } = useStaffT();
  const zone = usePropertyTimeZone();
  const smsDefault = useStaffSettings(
    (s) => s.view?.settings.smsDefault ?? true,
  );
  const [bounds] = useState(() =>
    defaultValidity(props.reservation, new Date(), zone),
  );
  const [from, setFrom] = useState(bounds.from);
  const [until, setUntil] = useState(bounds.until);
  const [sendSms, setSendSms] = useState(smsDefault);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const issue = async () => {
    const validFrom = zonedWallTimeToInstant(from, zone);
    const validUntil = zonedWallTimeToInstant(until, zone);
    if (!validFrom || !validUntil || validFrom >= validUntil) {
      return setProblem(t('issue.badRange'));
    }
    if (from < bounds.min || until > bounds.max) {
      return setProblem(t('issue.outsideStay'));
    }
    setProblem(null);
    setBusy(true);

    const result = await callStaff(() =>
      window.lobbykey.cards.issue({
        reservationId: props.reservation.id,
        sendSms,
        ...(from !== bounds.from && { validFrom: validFrom.toISOString() }),
        ...(until !== bounds.until && { validUntil: validUntil.toISOString() }),
      }),
    );
    setBusy(false);
    if (result.ok) props.onIssued(result.value);
    else setError(result.error);
  };

  const wallTimeField = (
    label: string,
    value: string,
    onChange: (value: string) => void,
    hint?: string,
  ) => (
    <Field label={label} hint={hint}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type="datetime-local"
          aria-describedby={describedBy}
          min={bounds.min}
          max={bounds.max}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <div className="staff-subform" data-testid="staff-issue-form">
      <div className="staff-grid">
        {wallTimeField(
          t('issue.validFrom'),
          from,
          setFrom,
          t('issue.zoneHint', { zone }),
        )}
        {wallTimeField(t('issue.validUntil'), until, setUntil)}
      </div>
      <Checkbox
        label={t('issue.sendSms')}
        checked={sendSms}
        onChange={setSendSms}
      />
      <button
        type="button"
        className="staff-button--primary"
        disabled={busy}
        onClick={() => void issue()}
      >
        {busy ? t('issue.issuing') : t('issue.submit')}
      </button>
      {problem && <Note tone="error">{problem}</Note>}
      <ErrorNote error={error} />
    </div>
  );
}
