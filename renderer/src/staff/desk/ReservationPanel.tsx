import { useEffect, useState } from 'react';

import type {
  AppError,
  CardRecord,
  IssuedKey,
  Reservation,
} from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { callStaff } from '../lib/call';
import { formatInstant } from '../lib/time';
import { usePropertyTimeZone } from '../stores/settings';
import { ErrorNote } from '../ui/ErrorNote';
import { CardActions } from './CardActions';
import { IssueCardForm } from './IssueCardForm';
import { QrView } from './QrView';

function hasDeparture(
  reservation: Reservation,
): reservation is Reservation & { departureAt: string } {
  return reservation.departureAt !== null;
}

/** Shows one reservation: the stay, its active card and the card actions. */
export function ReservationPanel(props: {
  reservation: Reservation;
  onChanged: () => void;
  onClose: () => void;
}) {
  const { t, language } = useStaffT();
  const zone = usePropertyTimeZone();
  const { reservation } = props;
  const [cards, setCards] = useState<CardRecord[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [qr, setQr] = useState<IssuedKey | null>(null);

  const [cardsVersion, setCardsVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void callStaff(() =>
      window.lobbykey.cards.list({ reservationId: reservation.id }),
    ).then((result) => {
      if (!current) return;
      if (result.ok) setCards(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [reservation.id, reservation.activeCard?.id, cardsVersion]);

  const changed = () => {
    props.onChanged();
    setCardsVersion((v) => v + 1);
  };
  const when = (iso: string | null) =>
    iso ? formatInstant(iso, zone, language) : t('desk.noDeparture');

  return (
    <section
      className="staff-card staff-panel"
      aria-labelledby="staff-panel-title"
      data-testid="staff-reservation-panel"
    >
      <div className="staff-row staff-row--spread">
        <h2 id="staff-panel-title">
          {reservation.firstName} {reservation.lastName} ·{' '}
          {t('desk.room', { room: reservation.room })}
        </h2>
        <button type="button" onClick={props.onClose}>
          {t('common.close')}
        </button>
      </div>
      <dl className="staff-facts">
        <dt>{t('desk.code')}</dt>
        <dd>{reservation.confirmationCode}</dd>
        <dt>{t('desk.stay')}</dt>
        <dd>
          {when(reservation.arrivalAt)} – {when(reservation.departureAt)}
        </dd>
        <dt>{t('desk.phone')}</dt>
        <dd>{reservation.phoneMasked ?? t('desk.noPhone')}</dd>
        <dt>{t('desk.status')}</dt>
        <dd>{t(`reservationStatus.${reservation.status}`)}</dd>
      </dl>
      {qr && <QrView issued={qr} onClose={() => setQr(null)} />}
      {reservation.activeCard ? (
        <CardActions
          reservation={reservation}
          card={reservation.activeCard}
          onShowQr={setQr}
          onChanged={changed}
        />
      ) : hasDeparture(reservation) ? (
        <IssueCardForm
          key={reservation.id}
          reservation={reservation}
          onIssued={(issued) => {
            setQr(issued);
            changed();
          }}
        />
      ) : (
        <p className="staff-note staff-note--error">
          {t('desk.noDepartureNoCard')}
        </p>
      )}
      <CardHistory cards={cards} />
      <ErrorNote error={error} />
    </section>
  );
}

function CardHistory(props: { cards: CardRecord[] }) {
  const { t, language } = useStaffT();
  const zone = usePropertyTimeZone();
  if (props.cards.length === 0) return null;

  return (
    <table className="staff-table" aria-label={t('card.history')}>
      <thead>
        <tr>
          <th scope="col">{t('card.number')}</th>
          <th scope="col">{t('card.status')}</th>
          <th scope="col">{t('card.validity')}</th>
        </tr>
      </thead>
      <tbody>
        {props.cards.map((card) => (
          <tr key={card.id} data-card-status={card.status}>
            <td>{card.cardNo}</td>
            <td>{t(`cardStatus.${card.status}`)}</td>
            <td>
              {formatInstant(card.validFrom, zone, language)} –{' '}
              {formatInstant(card.validUntil, zone, language)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
