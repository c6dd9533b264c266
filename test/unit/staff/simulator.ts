import { createServer } from 'node:net';

import { afterEach } from 'vitest';

import { createCardService } from '../../../main/checkin/card-service';
import { createQrMasterClient } from '../../../main/qrmaster';
import type { QrMasterApi } from '../../../main/qrmaster/types';
import {
  startSimulator,
  type SimCommunity,
  type Simulator,
} from '../../../main/simulator';
import type { NewReservation } from '../../../main/storage/types';
import type { CardServiceParts, HarnessOptions } from './harness';

/** A community of `rooms` rooms, 20 per floor, in one building. */
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

/** The room of the `index`th room in communityOf: floor and two digits. */
export function roomNumber(index: number): string {
  const floor = Math.floor(index / 20) + 1;
  return `${floor}${String((index % 20) + 1).padStart(2, '0')}`;
}

/** A booking for the `index`th room of communityOf. */
export function bookingFor(index: number): NewReservation {
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
  };
}

/** A client for the simulator with short retry delays for tests. */
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
 * Starts a simulator per test (stopped after it) and returns harness
 * options that wire the real card service and client to it.
 */
export function useSimulator(): (options?: {
  rooms?: number;
  totalTimeoutMs?: number;
}) => Promise<{
  simulator: Simulator;
  /** The client the handlers use; tests may replace it. */
  setApi(api: QrMasterApi | null): void;
  options: HarnessOptions;
}> {
  const running: Array<{
    simulator: Simulator;
    api: () => QrMasterApi | null;
  }> = [];

  afterEach(async () => {
    for (const { simulator, api } of running.splice(0)) {
      api()?.close();
      await simulator.stop();
    }
  });

  return async (settings = {}) => {
    const simulator = await startSimulator({
      community: communityOf(settings.rooms ?? 40),
    });
    let api: QrMasterApi | null = clientFor(simulator, simulator.authToken, {
      ...(settings.totalTimeoutMs
        ? { totalTimeoutMs: settings.totalTimeoutMs }
        : {}),
    });
    running.push({ simulator, api: () => api });

    const cards = (parts: CardServiceParts) =>
      createCardService({
        storage: parts.storage,
        settings: () => parts.settings.get(),
        api: () => api,
        now: parts.now,
      });
    return {
      simulator,
      setApi: (next) => {
        api = next;
      },
      options: {
        settings: { communityNo: simulator.communityNo },
        cards,
        api: () => api,
      },
    };
  };
}
