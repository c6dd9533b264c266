// Simulator fixtures without a test runner, shared by the staff tests and
// the group-issue benchmark.
import { createServer } from 'node:net';

import { createQrMasterClient } from '../../../main/qrmaster';
import type { QrMasterApi } from '../../../main/qrmaster/types';
import type { SimCommunity, Simulator } from '../../../main/simulator';
import type { NewReservation } from '../../../main/storage/types';

/** Builds a community of `rooms` rooms, 20 per floor, in one building. */
export function communityOf(rooms: number): SimCommunity {
  const floors = Math.ceil(rooms / 20);
  return {
    communityNo: '1316880000',
    timeZone: 'Asia/Shanghai',
    buildings: [
      {
        buildNo: '1',
        name: 'Tower',
        floors: Array.from({ length: floors }, (_, floor) => ({
          floorNo: String(floor + 1),
          name: `${floor + 1}F`,
          rooms: Array.from(
            { length: Math.min(20, rooms - floor * 20) },
            (_, index) => ({
              roomNo: roomNumber(floor * 20 + index),
              lockNo: String(50000 + floor * 20 + index),
              roomType: 'Standard',
              lockType: 'QRALOCK' as const,
            }),
          ),
        })),
      },
    ],
  };
}

/** Returns the number of the `index`th room of communityOf, such as 101. */
export function roomNumber(index: number): string {
  const floor = Math.floor(index / 20) + 1;
  return `${floor}${String((index % 20) + 1).padStart(2, '0')}`;
}

/** Builds a booking for the `index`th room; `dates` replace the stay. */
export function bookingFor(
  index: number,
  dates: Pick<Partial<NewReservation>, 'arrivalDate' | 'departureDate'> = {},
): NewReservation {
  return {
    confirmationCode: `SIM${String(index).padStart(4, '0')}`,
    firstName: 'Guest',
    lastName: `Number${index}`,
    phoneE164: '+8613800138000',
    areaCode: '86',
    nationalNumber: '13800138000',
    building: '1',
    floor: String(Math.floor(index / 20) + 1),
    room: roomNumber(index),
    arrivalDate: '2026-12-04',
    arrivalTime: null,
    departureDate: '2026-12-06',
    departureTime: '11:30',
    ...dates,
  };
}

/** Creates a client for the simulator with short retry delays. */
export function clientFor(
  simulator: Pick<Simulator, 'baseUrl' | 'accountSid' | 'communityNo'>,
  authToken: string,
  timeouts: { totalTimeoutMs?: number } = {},
): QrMasterApi {
  return createQrMasterClient({
    baseUrl: simulator.baseUrl,
    accountSid: simulator.accountSid,
    authToken,
    communityNo: simulator.communityNo,
    communityTimeZone: 'Asia/Shanghai',
    appVersion: 'staff-test',
    connectTimeoutMs: 2_000,
    totalTimeoutMs: timeouts.totalTimeoutMs ?? 5_000,
    retry: { attempts: 3, baseDelayMs: 5 },
  });
}

/** Returns a loopback port with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Injects faults on a share of calls. The client never repeats getLink, so
 * a 500 fails the row, and a dropped or missing response is an unknown
 * outcome for the card service. getCard is safe to repeat, so the client
 * retries its faults.
 */
export function injectGroupFaults(simulator: Simulator): void {
  simulator.injectFault('getLink', { kind: 'http-500', probability: 0.05 });
  simulator.injectFault('getLink', {
    kind: 'drop-response',
    probability: 0.02,
  });
  simulator.injectFault('getLink', { kind: 'no-answer', probability: 0.02 });
  simulator.injectFault('getCard', { kind: 'http-500', probability: 0.08 });
  simulator.injectFault('getCard', { kind: 'reset', probability: 0.04 });
}
