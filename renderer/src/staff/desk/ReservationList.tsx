import type { Reservation } from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { formatInstant } from '../lib/time';
import { useDesk } from '../stores/desk';
import { usePropertyTimeZone } from '../stores/settings';

/** Reservations with a tick box each for group issue; a tap opens one. */
export function ReservationList(props: { reservations: Reservation[] }) {
  const { t, language } = useStaffT();
  const zone = usePropertyTimeZone();
  const selected = useDesk((s) => s.selected);
  const openId = useDesk((s) => s.openId);
  const { toggle, open } = useDesk.getState();

  if (props.reservations.length === 0) {
    return <p className="staff-note">{t('desk.empty')}</p>;
  }
  return (
    <table className="staff-table" data-testid="staff-reservations">
      <thead>
        <tr>
          <th scope="col">
            <span className="staff-visually-hidden">{t('desk.select')}</span>
          </th>
          <th scope="col">{t('desk.guest')}</th>
          <th scope="col">{t('desk.roomHeader')}</th>
          <th scope="col">{t('desk.stay')}</th>
          <th scope="col">{t('desk.card')}</th>
        </tr>
      </thead>
      <tbody>
        {props.reservations.map((r) => {
          const name = `${r.firstName} ${r.lastName}`;
          return (
            <tr
              key={r.id}
              data-reservation-id={r.id}
              aria-selected={openId === r.id}
            >
              <td>
                <input
                  type="checkbox"
                  className="staff-row-check"
                  aria-label={t('desk.selectGuest', { name })}
                  checked={selected.has(r.id)}
                  onChange={() => toggle(r.id)}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="staff-link"
                  onClick={() => open(r.id)}
                >
                  {name}
                </button>
                <span className="staff-muted">{r.confirmationCode}</span>
              </td>
              <td>{r.room}</td>
              <td>
                {formatInstant(r.arrivalAt, zone, language)} –{' '}
                {r.departureAt
                  ? formatInstant(r.departureAt, zone, language)
                  : t('desk.noDeparture')}
              </td>
              <td>
                {r.activeCard ? t('cardStatus.active') : t('desk.noCard')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
