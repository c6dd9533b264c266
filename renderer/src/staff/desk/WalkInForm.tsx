import { useState } from 'react';
import type { z } from 'zod';

import type {
  AppError,
  NewReservationSchema,
  Reservation,
} from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { callStaff, errorField } from '../lib/call';
import { localDateIn } from '../lib/time';
import { usePropertyTimeZone, useStaffSettings } from '../stores/settings';
import { ErrorNote } from '../ui/ErrorNote';
import { Field } from '../ui/Field';

type NewReservation = z.input<typeof NewReservationSchema>;
type DraftKey = keyof Required<NewReservation>;
type Draft = Record<DraftKey, string>;

const OPTIONAL: DraftKey[] = [
  'confirmationCode',
  'phone',
  'building',
  'floor',
  'arrivalTime',
  'departureTime',
];

/** Builds the request from the typed form, leaving out empty optional fields. */
export function toNewReservation(draft: Draft): NewReservation {
  const request: Record<string, string> = {};
  for (const [key, raw] of Object.entries(draft)) {
    const value = raw.trim();
    if (value === '' && OPTIONAL.includes(key as DraftKey)) continue;
    request[key] = value;
  }
  return request as NewReservation;
}

function emptyDraft(today: string, checkIn: string, checkOut: string): Draft {
  const tomorrow = new Date(`${today}T00:00:00Z`);
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  return {
    confirmationCode: '',
    firstName: '',
    lastName: '',
    phone: '',
    building: '',
    floor: '',
    room: '',
    arrivalDate: today,
    arrivalTime: checkIn,
    departureDate: tomorrow.toISOString().slice(0, 10),
    departureTime: checkOut,
  };
}

const FIELDS: { key: DraftKey; type: string; inputMode?: 'tel' }[] = [
  { key: 'firstName', type: 'text' },
  { key: 'lastName', type: 'text' },
  { key: 'phone', type: 'tel', inputMode: 'tel' },
  { key: 'confirmationCode', type: 'text' },
  { key: 'building', type: 'text' },
  { key: 'floor', type: 'text' },
  { key: 'room', type: 'text' },
  { key: 'arrivalDate', type: 'date' },
  { key: 'arrivalTime', type: 'time' },
  { key: 'departureDate', type: 'date' },
  { key: 'departureTime', type: 'time' },
];

/** Renders the form for a reservation typed in by staff (a walk-in). */
export function WalkInForm(props: {
  onCreated: (reservation: Reservation) => void;
}) {
  const { t } = useStaffT();
  const zone = usePropertyTimeZone();
  const settings = useStaffSettings((s) => s.view?.settings);
  const [draft, setDraft] = useState(() =>
    emptyDraft(
      localDateIn(new Date(), zone),
      settings?.checkInTime ?? '14:00',
      settings?.checkOutTime ?? '12:00',
    ),
  );
  const [error, setError] = useState<AppError | null>(null);
  const field = error ? errorField(error) : null;

  const submit = async () => {
    const result = await callStaff(() =>
      window.lobbykey.reservations.create(toNewReservation(draft)),
    );
    if (!result.ok) return setError(result.error);
    setError(null);
    props.onCreated(result.value);
  };

  return (
    <section
      className="staff-card"
      aria-labelledby="staff-walkin-title"
      data-testid="staff-walkin"
    >
      <h2 id="staff-walkin-title">{t('walkIn.title')}</h2>
      <div className="staff-grid">
        {FIELDS.map(({ key, type, inputMode }) => (
          <Field
            key={key}
            label={t(`walkIn.${key}`)}
            error={field === key && error ? error.message : null}
          >
            {({ id, describedBy }) => (
              <input
                id={id}
                name={key}
                type={type}
                inputMode={inputMode}
                aria-describedby={describedBy}
                aria-invalid={field === key ? true : undefined}
                required={!OPTIONAL.includes(key)}
                value={draft[key]}
                onChange={(event) =>
                  setDraft((d) => ({ ...d, [key]: event.target.value }))
                }
              />
            )}
          </Field>
        ))}
      </div>
      <button
        type="button"
        className="staff-button--primary"
        onClick={() => void submit()}
      >
        {t('walkIn.submit')}
      </button>
      {!field && <ErrorNote error={error} />}
    </section>
  );
}
