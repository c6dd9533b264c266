import { randomInt } from 'node:crypto';

import { AppFailure } from '../errors';
import { createLogger } from '../logging/logger';
import type { NewReservation, ReservationStore } from '../storage/types';
import type { StaffContext } from './context';
import { invalidRequest } from './failures';
import { normaliseWalkInPhone } from './phone';
import { stayWindow, toReservationView } from './reservation-view';
import type { StaffHandlers } from './types';

const log = createLogger('staff');

type ReservationChannel = 'reservations:list' | 'reservations:create';

type WalkInRequest = Parameters<StaffHandlers['reservations:create']>[0];

const WALK_IN_PREFIX = 'WALK';
const WALK_IN_CODE_ATTEMPTS = 20;

/** Returns an unused code such as "WALK482913". */
function generateWalkInCode(reservations: ReservationStore): string {
  for (let attempt = 0; attempt < WALK_IN_CODE_ATTEMPTS; attempt += 1) {
    const code = `${WALK_IN_PREFIX}${randomInt(0, 1_000_000)
      .toString()
      .padStart(6, '0')}`;
    if (!reservations.findByCode(code)) return code;
  }
  throw new AppFailure({
    code: 'conflict',
    message: 'No free walk-in confirmation code was found; enter one by hand.',
  });
}

function chooseCode(
  reservations: ReservationStore,
  typed: string | undefined,
): string {
  const code = typed?.trim() ?? '';
  if (code === '') return generateWalkInCode(reservations);

  if (reservations.findByCode(code)) {
    throw new AppFailure({
      code: 'conflict',
      field: 'confirmationCode',
      message: `Confirmation code "${code}" already exists; choose another or leave it empty.`,
    });
  }
  return code;
}

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Room, building and floor numbers as QR Master takes them, such as C6-01. */
const LOCATION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

function requireText(field: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') {
    throw invalidRequest(field, `Missing ${field}; enter a value.`);
  }
  return trimmed;
}

function checkLocation(field: string, value: string): string {
  if (LOCATION_PATTERN.test(value)) return value;
  throw invalidRequest(
    field,
    `Invalid ${field} "${value}"; use letters, digits, "-" and "_" only, such as C6-01.`,
  );
}

function optionalLocation(
  field: string,
  value: string | undefined,
): string | null {
  const text = blankToNull(value);
  return text === null ? null : checkLocation(field, text);
}

/** Reads room, building and floor; building and floor come as a pair. */
function buildLocation(
  request: WalkInRequest,
): Pick<NewReservation, 'room' | 'building' | 'floor'> {
  const room = checkLocation('room', requireText('room', request.room));
  const building = optionalLocation('building', request.building);
  const floor = optionalLocation('floor', request.floor);

  if ((building === null) !== (floor === null)) {
    throw invalidRequest(
      building === null ? 'building' : 'floor',
      'Building and floor go together; enter both or neither.',
    );
  }
  return { room, building, floor };
}

/** Checks and normalises a walk-in booking typed by staff. */
function buildWalkIn(
  context: StaffContext,
  request: WalkInRequest,
): NewReservation {
  const settings = context.deps.settings.get();
  const phoneText = blankToNull(request.phone);
  const phone =
    phoneText === null
      ? null
      : normaliseWalkInPhone(phoneText, settings.defaultCountry, 'phone');

  const dates = {
    arrivalDate: request.arrivalDate,
    arrivalTime: request.arrivalTime ?? null,
    departureDate: request.departureDate,
    departureTime: request.departureTime ?? null,
  };
  const window = stayWindow(dates, settings);
  if (window.departureAt === null || window.departureAt <= window.arrivalAt) {
    throw invalidRequest(
      'departureDate',
      `Departure ${request.departureDate} ${request.departureTime ?? settings.checkOutTime} ` +
        `is not after arrival ${request.arrivalDate} ${request.arrivalTime ?? settings.checkInTime}; ` +
        'move the departure later.',
    );
  }

  return {
    confirmationCode: chooseCode(
      context.deps.storage.reservations,
      request.confirmationCode,
    ),
    firstName: requireText('firstName', request.firstName),
    lastName: requireText('lastName', request.lastName),
    phoneE164: phone?.phoneE164 ?? null,
    areaCode: phone?.areaCode ?? null,
    nationalNumber: phone?.nationalNumber ?? null,
    ...buildLocation(request),
    ...dates,
  };
}

/** Creates the reservations:list and reservations:create handlers. */
export function createReservationHandlers(
  context: StaffContext,
): Pick<StaffHandlers, ReservationChannel> {
  const { storage, settings } = context.deps;

  return {
    'reservations:list': (request) => {
      const page = storage.reservations.list({
        ...(request.search ? { search: request.search } : {}),
        ...(request.arrivalDate ? { arrivalDate: request.arrivalDate } : {}),
        limit: request.limit,
        offset: request.offset,
      });
      const current = settings.get();
      return Promise.resolve({
        items: page.items.map((record) =>
          toReservationView(record, storage, current),
        ),
        total: page.total,
      });
    },

    'reservations:create': (request) => {
      const walkIn = buildWalkIn(context, request);
      const record = storage.reservations.create(walkIn);

      log.info(
        `walk-in reservation ${record.id} created for room ${record.room}`,
      );
      context.audit('reservation.created', record.confirmationCode, {
        reservationId: record.id,
        room: record.room,
      });
      return Promise.resolve(
        toReservationView(record, storage, settings.get()),
      );
    },
  };
}
