import type { Settings } from '../../preload/contract';
import { AppFailure } from '../errors';
import type { ReservationRecord } from '../storage/types';
import { zonedWallTimeToInstant } from './zoned-time';

/** The settings a stay's times depend on. */
export type StaySettings = Pick<
  Settings,
  'propertyTimeZone' | 'checkInTime' | 'checkOutTime'
>;

/** A stay's instants, from its property-zone dates and times. */
export interface StayTimes {
  /** From when the guest may check in and the card may start. */
  arrivalAt: Date;
  departureAt: Date;
}

/** The validity window of a card. */
export interface CardWindow {
  validFrom: Date;
  validUntil: Date;
}

function departureOf(
  reservation: ReservationRecord,
  settings: StaySettings,
): Date {
  if (!reservation.departureDate) {
    throw new AppFailure({
      code: 'checkout-missing',
      message: `Booking ${reservation.confirmationCode} has no departure date; staff must add one before a card can be issued.`,
    });
  }
  return zonedWallTimeToInstant(
    reservation.departureDate,
    reservation.departureTime ?? settings.checkOutTime,
    settings.propertyTimeZone,
  );
}

/**
 * Computes arrival and departure instants in the property's zone. A booking's
 * own arrival time (an agreed early check-in) wins over the settings'
 * check-in time. Throws `checkout-missing` for a booking without departure,
 * because a card without an end would expire minutes after issue.
 */
export function stayTimesOf(
  reservation: ReservationRecord,
  settings: StaySettings,
): StayTimes {
  const arrivalAt = zonedWallTimeToInstant(
    reservation.arrivalDate,
    reservation.arrivalTime ?? settings.checkInTime,
    settings.propertyTimeZone,
  );
  return { arrivalAt, departureAt: departureOf(reservation, settings) };
}

function notEligible(
  reservation: ReservationRecord,
  reason: 'not-yet-arrived' | 'departed' | 'cancelled',
  message: string,
  opensAt?: Date,
): AppFailure {
  return new AppFailure({
    code: 'booking-not-eligible',
    message: `Booking ${reservation.confirmationCode} ${message}`,
    reason,
    ...(opensAt ? { opensAt: opensAt.toISOString() } : {}),
  });
}

/**
 * Checks that a guest may check in now: not cancelled, not departed, and
 * arrival reached. Throws `booking-not-eligible` with its reason (and
 * `opensAt` for early guests) or `checkout-missing`.
 */
export function assertEligible(
  reservation: ReservationRecord,
  settings: StaySettings,
  now: Date,
): StayTimes {
  if (reservation.status === 'cancelled') {
    throw notEligible(reservation, 'cancelled', 'is cancelled.');
  }
  if (reservation.status === 'checked-out') {
    throw notEligible(reservation, 'departed', 'is already checked out.');
  }

  const times = stayTimesOf(reservation, settings);
  if (now.getTime() >= times.departureAt.getTime()) {
    throw notEligible(reservation, 'departed', 'ended before now.');
  }
  if (now.getTime() < times.arrivalAt.getTime()) {
    throw notEligible(
      reservation,
      'not-yet-arrived',
      `opens for check-in at ${times.arrivalAt.toISOString()}.`,
      times.arrivalAt,
    );
  }
  return times;
}

function invalidWindow(field: string, message: string): AppFailure {
  return new AppFailure({ code: 'invalid-request', message, field });
}

/**
 * Derives a card's window from the stay: it starts now, or at arrival when
 * that is later, and ends at departure. Staff may narrow it; a window outside
 * the stay, reversed, or already over is rejected with `invalid-request`.
 */
export function cardWindowOf(
  times: StayTimes,
  now: Date,
  requested: { validFrom?: Date; validUntil?: Date } = {},
): CardWindow {
  const earliest = Math.max(now.getTime(), times.arrivalAt.getTime());
  const validFrom = new Date(
    Math.max(earliest, requested.validFrom?.getTime() ?? earliest),
  );
  const validUntil = requested.validUntil ?? times.departureAt;

  if (validUntil.getTime() > times.departureAt.getTime()) {
    throw invalidWindow(
      'validUntil',
      `validUntil ${validUntil.toISOString()} is after the departure ${times.departureAt.toISOString()}; extend the stay instead.`,
    );
  }
  if (validUntil.getTime() <= now.getTime()) {
    throw invalidWindow(
      'validUntil',
      `validUntil ${validUntil.toISOString()} is in the past; choose a later end.`,
    );
  }
  if (validFrom.getTime() >= validUntil.getTime()) {
    throw invalidWindow(
      'validFrom',
      `validFrom ${validFrom.toISOString()} is not before validUntil ${validUntil.toISOString()}; choose an earlier start.`,
    );
  }
  return { validFrom, validUntil };
}
