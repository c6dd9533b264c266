import { cardWindowOf, stayTimesOf } from '../checkin/stay';
import { zonedWallTimeToInstant } from '../checkin/zoned-time';
import { AppFailure } from '../errors';
import type { ReservationRecord } from '../storage/types';
import type { StaffContext } from './context';
import { invalidRequest } from './failures';
import { stayWindow } from './reservation-view';
import type { StaffHandlers } from './types';

type CardChannel =
  | 'cards:list'
  | 'cards:issue'
  | 'cards:get-qr'
  | 'cards:resend-sms'
  | 'cards:cancel'
  | 'cards:report-lost'
  | 'cards:extend-stay';

type IssueRequest = Parameters<StaffHandlers['cards:issue']>[0];

/** Returns the booking or throws `booking-not-found` naming the id. */
export function requireReservation(
  context: StaffContext,
  reservationId: number,
): ReservationRecord {
  const record = context.deps.storage.reservations.getById(reservationId);
  if (record) return record;
  throw new AppFailure({
    code: 'booking-not-found',
    field: 'reservationId',
    message: `No reservation with id ${reservationId}; reload the list.`,
  });
}

interface Validity {
  validFrom?: Date;
  validUntil?: Date;
}

/**
 * Checks that a validity narrowed by staff lies within the stay and returns
 * the requested bounds as instants. Throws `checkout-missing` for a booking
 * without a departure, because the server would end such a card five
 * minutes after issue.
 */
function validityWithinStay(
  context: StaffContext,
  record: ReservationRecord,
  request: IssueRequest,
): Validity {
  const times = stayTimesOf(record, context.deps.settings.get());
  const requested: Validity = {
    ...(request.validFrom ? { validFrom: new Date(request.validFrom) } : {}),
    ...(request.validUntil ? { validUntil: new Date(request.validUntil) } : {}),
  };

  // The shared window check moves an early start up to arrival; a staff
  // request for such a start is a mistake worth showing instead.
  const { validFrom } = requested;
  if (validFrom && validFrom.getTime() < times.arrivalAt.getTime()) {
    throw invalidRequest(
      'validFrom',
      `validFrom ${validFrom.toISOString()} is before the arrival ${times.arrivalAt.toISOString()}; choose a start within the stay.`,
    );
  }
  cardWindowOf(times, context.deps.now(), requested);
  return requested;
}

function checkNewDeparture(
  context: StaffContext,
  record: ReservationRecord,
  departureDate: string,
  departureTime: string | null,
): void {
  const settings = context.deps.settings.get();
  const arrivalAt = stayWindow(record, settings).arrivalAt;
  const departureAt = zonedWallTimeToInstant(
    departureDate,
    departureTime ?? settings.checkOutTime,
    settings.propertyTimeZone,
  );
  if (departureAt > arrivalAt) return;

  throw invalidRequest(
    'departureDate',
    `New departure ${departureDate} ${departureTime ?? settings.checkOutTime} is not after arrival; choose a later date.`,
  );
}

/** Creates the single-card handlers; the card service audits each card. */
export function createCardHandlers(
  context: StaffContext,
): Pick<StaffHandlers, CardChannel> {
  const { cards, storage } = context.deps;

  return {
    'cards:list': (request) => {
      requireReservation(context, request.reservationId);
      return Promise.resolve(
        storage.cards.listForReservation(request.reservationId),
      );
    },

    'cards:issue': (request) => {
      const record = requireReservation(context, request.reservationId);
      const validity = validityWithinStay(context, record, request);
      return cards.issue(record.id, {
        sendSms: request.sendSms,
        actor: 'staff',
        ...validity,
      });
    },

    'cards:get-qr': (request) => cards.getKey(request.cardId),

    'cards:resend-sms': (request) => {
      const record = requireReservation(context, request.reservationId);
      return cards.resendSms(record.id, 'staff');
    },

    'cards:cancel': (request) => cards.cancel(request.cardId, 'staff'),

    'cards:report-lost': (request) =>
      cards.reportLost(request.cardId, request.wholeRoom, 'staff'),

    'cards:extend-stay': (request) => {
      const record = requireReservation(context, request.reservationId);
      const departureTime = request.departureTime ?? null;
      checkNewDeparture(context, record, request.departureDate, departureTime);
      return cards.extendStay(
        record.id,
        request.departureDate,
        departureTime,
        'staff',
      );
    },
  };
}
