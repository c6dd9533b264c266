import type { Settings } from '../../preload/contract';
import { addDays, localDateIn } from '../checkin/zoned-time';
import { createLogger } from '../logging/logger';
import type { NewReservation, Storage } from '../storage/types';

const log = createLogger('demo');

interface DemoBooking {
  code: string;
  firstName: string;
  lastName: string;
  phoneE164: string;
  areaCode: string;
  nationalNumber: string;
  building: string;
  floor: string;
  room: string;
  /** Days from today (property zone) to arrival and to departure. */
  arriveIn: number;
  departIn: number;
}

/** Sample bookings of demo mode; the README lists them for testers. */
export const demoBookings: readonly DemoBooking[] = [
  {
    code: 'DEMO1001',
    firstName: 'Li',
    lastName: 'Wang',
    phoneE164: '+8613800138000',
    areaCode: '86',
    nationalNumber: '13800138000',
    building: '1',
    floor: '1',
    room: '101',
    arriveIn: 0,
    departIn: 2,
  },
  {
    code: 'DEMO1002',
    firstName: 'Anna',
    lastName: 'Müller',
    phoneE164: '+4915112345678',
    areaCode: '49',
    nationalNumber: '15112345678',
    building: '1',
    floor: '1',
    room: '102',
    arriveIn: 0,
    departIn: 1,
  },
  {
    code: 'DEMO1003',
    firstName: 'John',
    lastName: 'Smith',
    phoneE164: '+12025550143',
    areaCode: '1',
    nationalNumber: '2025550143',
    building: '1',
    floor: '2',
    room: '201',
    arriveIn: 0,
    departIn: 3,
  },
  {
    code: 'DEMO1004',
    firstName: 'Yuki',
    lastName: 'Sato',
    phoneE164: '+819012345678',
    areaCode: '81',
    nationalNumber: '9012345678',
    building: '1',
    floor: '2',
    room: '202',
    arriveIn: 1,
    departIn: 3,
  },
  {
    code: 'DEMO1005',
    firstName: 'Maria',
    lastName: 'Garcia',
    phoneE164: '+34612345678',
    areaCode: '34',
    nationalNumber: '612345678',
    building: '1',
    floor: '1',
    room: 'R007',
    arriveIn: -3,
    departIn: -1,
  },
];

function toReservation(booking: DemoBooking, today: string): NewReservation {
  return {
    confirmationCode: booking.code,
    firstName: booking.firstName,
    lastName: booking.lastName,
    phoneE164: booking.phoneE164,
    areaCode: booking.areaCode,
    nationalNumber: booking.nationalNumber,
    building: booking.building,
    floor: booking.floor,
    room: booking.room,
    arrivalDate: addDays(today, booking.arriveIn),
    // Today's demo guests may check in at once, whatever the check-in time.
    arrivalTime: booking.arriveIn === 0 ? '00:00' : null,
    departureDate: addDays(today, booking.departIn),
    departureTime: null,
  };
}

/**
 * Inserts the demo bookings, dated from today in the property's zone. A
 * booking already stored (same confirmation code) keeps its row, status and
 * cards, and only moves to today's dates when it has no card yet.
 */
export function seedDemoBookings(
  storage: Storage,
  settings: Pick<Settings, 'propertyTimeZone'>,
  now: Date,
): void {
  const today = localDateIn(now, settings.propertyTimeZone);
  let inserted = 0;
  for (const booking of demoBookings) {
    const existing = storage.reservations.findByCode(booking.code);
    if (existing && storage.cards.listForReservation(existing.id).length > 0) {
      continue;
    }
    const result = storage.reservations.upsert(toReservation(booking, today));
    if (result.inserted) inserted += 1;
  }
  log.info(`demo bookings for ${today}: ${inserted} inserted`);
}
