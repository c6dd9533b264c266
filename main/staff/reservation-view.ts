import type { Reservation, Settings } from '../../preload/contract';
import { zonedWallTimeToInstant } from '../checkin/zoned-time';
import { maskPhone } from '../logging/redact';
import type { ReservationRecord, Storage } from '../storage/types';

/** Arrival and departure instants of a booking in the property's zone. */
export interface StayWindow {
  arrivalAt: Date;
  /** Null when the booking has no departure date. */
  departureAt: Date | null;
}

/**
 * Computes a stay's instants from its stored wall-clock dates, with the
 * property's check-in and check-out times where the booking has none.
 */
export function stayWindow(
  record: Pick<
    ReservationRecord,
    'arrivalDate' | 'arrivalTime' | 'departureDate' | 'departureTime'
  >,
  settings: Settings,
): StayWindow {
  const zone = settings.propertyTimeZone;
  const arrivalAt = zonedWallTimeToInstant(
    record.arrivalDate,
    record.arrivalTime ?? settings.checkInTime,
    zone,
  );
  const departureAt =
    record.departureDate === null
      ? null
      : zonedWallTimeToInstant(
          record.departureDate,
          record.departureTime ?? settings.checkOutTime,
          zone,
        );
  return { arrivalAt, departureAt };
}

/** The staff-screen view of a booking: phone masked, active card joined. */
export function toReservationView(
  record: ReservationRecord,
  storage: Storage,
  settings: Settings,
): Reservation {
  const window = stayWindow(record, settings);
  return {
    id: record.id,
    confirmationCode: record.confirmationCode,
    firstName: record.firstName,
    lastName: record.lastName,
    phoneMasked: record.phoneE164 === null ? null : maskPhone(record.phoneE164),
    building: record.building,
    floor: record.floor,
    room: record.room,
    arrivalAt: window.arrivalAt.toISOString(),
    departureAt: window.departureAt?.toISOString() ?? null,
    status: record.status,
    activeCard: storage.cards.activeForReservation(record.id),
  };
}
