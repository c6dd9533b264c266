import { afterEach, describe, expect, it, vi } from 'vitest';

import { addDays, localDateIn } from '../../../main/checkin/zoned-time';
import type {
  Credentials,
  CredentialStore,
} from '../../../main/credentials/types';
import { startSimulator, type Simulator } from '../../../main/simulator';
import { openStorage, storagePath } from '../../../main/storage';
import {
  freeLoopbackPort,
  makeDataDir,
  errorOf,
  startTestServices,
  type TestServices,
  valueOf,
} from '../../support/services';

const account: Credentials = {
  accountSid: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  authToken: '00112233445566778899aabbccddee',
};

// The OS keychain needs a Secret Service on D-Bus, which plain test runs do
// not have, so the live services get the account from memory.
const memoryCredentials: CredentialStore = {
  availability: () => Promise.resolve('available'),
  save: () => Promise.reject(new Error('not used by this test')),
  read: () => Promise.resolve(account),
  savedAccountSid: () => Promise.resolve(account.accountSid),
  delete: () => Promise.resolve(),
  hasAny: () => Promise.resolve(true),
};

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function startLive(dataDir: string, port: number): Promise<TestServices> {
  return startTestServices({
    dataDir,
    credentials: memoryCredentials,
    settings: {
      operatingMode: 'live',
      apiBaseUrl: `http://127.0.0.1:${port}/`,
      communityNo: '1316880000',
      propertyTimeZone: 'Europe/Berlin',
      communityTimeZone: 'Asia/Shanghai',
    },
  });
}

/** Stores a stay that may check in now, before the services start. */
function seedStay(dataDir: string): void {
  const today = localDateIn(new Date(), 'Europe/Berlin');
  const storage = openStorage(storagePath(dataDir));
  storage.reservations.create({
    confirmationCode: 'OUT42',
    firstName: 'Anna',
    lastName: 'Müller',
    phoneE164: '+4915112345678',
    areaCode: '49',
    nationalNumber: '15112345678',
    building: '1',
    floor: '1',
    room: '102',
    arrivalDate: today,
    arrivalTime: '00:00',
    departureDate: addDays(today, 2),
    departureTime: null,
  });
  storage.close();
}

async function startSimulatorOn(port: number): Promise<Simulator> {
  const simulator = await startSimulator({ port, ...account });
  cleanups.push(() => simulator.stop());
  return simulator;
}

describe('live services with the API down', () => {
  it('sends a queued check-in once after the API and the app restart', async () => {
    const port = await freeLoopbackPort();
    const dataDir = makeDataDir();
    seedStay(dataDir);
    const offline = await startLive(dataDir, port);
    cleanups.push(() => offline.cleanup());
    const stay = await offline.call('checkin:lookup', {
      booking: { by: 'code', code: 'OUT42' },
      secondFactor: { by: 'surname', surname: 'Muller' },
    });
    if (!stay.ok) throw new Error(stay.error.message);

    const issued = await offline.call('checkin:issue-card', {
      ticket: stay.value.ticket,
      sendSms: true,
    });
    const queued = await offline.call('checkin:queue-offline', {
      ticket: stay.value.ticket,
    });
    await vi.waitFor(() =>
      expect(offline.statuses.at(-1)).toMatchObject({
        connection: 'offline',
        outboxLength: 1,
      }),
    );
    await offline.stop();

    const simulator = await startSimulatorOn(port);
    const online = await startLive(dataDir, port);
    cleanups.push(() => online.cleanup());

    expect(errorOf(issued)?.code).toBe('network-unavailable');
    expect(valueOf(queued).smsTo).toBe('+49151****5678');
    await vi.waitFor(() =>
      expect(online.statuses.at(-1)).toMatchObject({
        connection: 'online',
        outboxLength: 0,
      }),
    );
    const getLinks = simulator
      .requests()
      .filter((request) => request.action === 'getLink');
    expect(getLinks).toHaveLength(1);
    expect(getLinks[0]?.fields).toMatchObject({
      sendSms: '1',
      mobile: '15112345678',
      areaCode: '49',
    });
    expect(simulator.cards()).toHaveLength(1);
  });
});
