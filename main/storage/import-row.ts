import type { NewReservation, ReservationStatus } from './types';
import { normalisePhone } from './phone';

/** Columns of the reservation CSV, in the documented order. */
export const IMPORT_COLUMNS = [
  'confirmation_code',
  'first_name',
  'last_name',
  'phone',
  'building',
  'floor',
  'room',
  'arrival_date',
  'arrival_time',
  'departure_date',
  'departure_time',
  'status',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Columns the header must name; the others may be left out. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  'confirmation_code',
  'first_name',
  'last_name',
  'room',
  'arrival_date',
];

const STATUSES: readonly ReservationStatus[] = [
  'booked',
  'checked-in',
  'checked-out',
  'cancelled',
];

// Lengths follow the contract's reservation schema, so an imported row is
// one that staff could also have typed in.
const MAX_CODE = 40;
const MAX_NAME = 80;
const MAX_PLACE = 20;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]?\d|2[0-3]):([0-5]\d)$/;
// Building, floor and room reach QR Master as free text such as "C6-01";
// path and control characters never belong in them.
const PLACE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u;

/** Thrown by a field check; the importer turns it into a rejected row. */
export class RowError extends Error {}

export type RowValues = Partial<Record<ImportColumn, string>>;

/** Validates one row and builds the reservation it describes. */
export function rowToReservation(
  values: RowValues,
  defaultCountry: string,
): NewReservation {
  const arrivalDate = date(values, 'arrival_date', true);
  const arrivalTime = time(values, 'arrival_time');
  const departureDate = date(values, 'departure_date', false);
  const departureTime = time(values, 'departure_time');
  checkStayOrder(arrivalDate, arrivalTime, departureDate, departureTime);

  const reservation: NewReservation = {
    confirmationCode: text(values, 'confirmation_code', MAX_CODE, true),
    firstName: text(values, 'first_name', MAX_NAME, true),
    lastName: text(values, 'last_name', MAX_NAME, true),
    ...phone(values.phone ?? '', defaultCountry),
    building: place(values, 'building', false),
    floor: place(values, 'floor', false),
    room: place(values, 'room', true) ?? '',
    arrivalDate,
    arrivalTime,
    departureDate,
    departureTime,
  };

  checkBuildingAndFloor(reservation.building, reservation.floor);
  const status = statusOf(values.status ?? '');
  return status ? { ...reservation, status } : reservation;
}

/** QR Master takes buildNo and floorNo only together. */
function checkBuildingAndFloor(
  building: string | null,
  floor: string | null,
): void {
  if ((building === null) === (floor === null)) return;
  const missing = building === null ? 'building' : 'floor';
  const given =
    building === null ? `floor "${floor}"` : `building "${building}"`;
  throw new RowError(
    `${missing} is missing while ${given} is given; fill in both or neither.`,
  );
}

function text(
  values: RowValues,
  column: ImportColumn,
  max: number,
  required: true,
): string;
function text(
  values: RowValues,
  column: ImportColumn,
  max: number,
  required: boolean,
): string | null;
function text(
  values: RowValues,
  column: ImportColumn,
  max: number,
  required: boolean,
): string | null {
  const value = values[column]?.trim() ?? '';
  if (value === '') {
    if (required) throw new RowError(`${column} is missing; fill it in.`);
    return null;
  }
  if ([...value].length > max) {
    throw new RowError(
      `${column} "${value.slice(0, max)}..." is longer than ${max} characters; shorten it.`,
    );
  }
  // Control characters such as a quoted newline break the kiosk screen.
  if (/\p{Cc}/u.test(value)) {
    throw new RowError(
      `${column} contains a line break or control character; remove it.`,
    );
  }
  return value;
}

function place(
  values: RowValues,
  column: 'building' | 'floor' | 'room',
  required: boolean,
): string | null {
  const value = text(values, column, MAX_PLACE, required);
  if (value === null || PLACE_PATTERN.test(value)) return value;
  throw new RowError(
    `${column} "${value}" is invalid; use letters, digits, spaces, ".", "_" or "-", such as "C6-01".`,
  );
}

function date(
  values: RowValues,
  column: 'arrival_date',
  required: true,
): string;
function date(
  values: RowValues,
  column: 'arrival_date' | 'departure_date',
  required: boolean,
): string | null;
function date(
  values: RowValues,
  column: 'arrival_date' | 'departure_date',
  required: boolean,
): string | null {
  const value = text(values, column, 10, required);
  if (value === null) return null;

  const match = DATE_PATTERN.exec(value);
  if (!match) {
    throw new RowError(
      `${column} "${value}" is not a date; use YYYY-MM-DD, such as "2026-12-04".`,
    );
  }
  const [year, month, day] = match.slice(1).map(Number) as [
    number,
    number,
    number,
  ];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  if (parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) {
    throw new RowError(
      `${column} "${value}" does not exist in the calendar; check the day and month.`,
    );
  }
  return value;
}

function time(
  values: RowValues,
  column: 'arrival_time' | 'departure_time',
): string | null {
  const value = values[column]?.trim() ?? '';
  if (value === '') return null;

  const match = TIME_PATTERN.exec(value);
  if (!match) {
    throw new RowError(
      `${column} "${value}" is not a time; use 24-hour HH:mm, such as "11:30".`,
    );
  }
  return `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}`;
}

/**
 * Rejects a departure before the arrival. A stay within one day needs both
 * times, because the property's default check-out time is usually earlier
 * than its check-in time.
 */
function checkStayOrder(
  arrivalDate: string,
  arrivalTime: string | null,
  departureDate: string | null,
  departureTime: string | null,
): void {
  if (departureDate === null) {
    if (departureTime !== null) {
      throw new RowError(
        'departure_time is set but departure_date is missing; add the date.',
      );
    }
    return;
  }
  if (departureDate < arrivalDate) {
    throw new RowError(
      `departure_date ${departureDate} is before arrival_date ${arrivalDate}; swap or correct them.`,
    );
  }
  if (departureDate > arrivalDate) return;

  if (arrivalTime === null || departureTime === null) {
    throw new RowError(
      `departure_date equals arrival_date (${arrivalDate}); give arrival_time and departure_time for a stay within one day.`,
    );
  }
  if (departureTime <= arrivalTime) {
    throw new RowError(
      `departure_time ${departureTime} is not after arrival_time ${arrivalTime} on the same day; correct the times.`,
    );
  }
}

function phone(
  value: string,
  defaultCountry: string,
): Pick<NewReservation, 'phoneE164' | 'areaCode' | 'nationalNumber'> {
  if (value.trim() === '') {
    return { phoneE164: null, areaCode: null, nationalNumber: null };
  }

  const normalised = normalisePhone(value, defaultCountry);
  if ('error' in normalised) throw new RowError(normalised.error);
  return {
    phoneE164: normalised.e164,
    areaCode: normalised.areaCode,
    nationalNumber: normalised.nationalNumber,
  };
}

function statusOf(value: string): ReservationStatus | undefined {
  const status = value.trim().toLowerCase();
  if (status === '') return undefined;
  if ((STATUSES as readonly string[]).includes(status)) {
    return status as ReservationStatus;
  }
  throw new RowError(
    `status "${value.trim()}" is invalid; use one of ${STATUSES.join(', ')}, or leave it empty.`,
  );
}
