import { afterEach, describe, expect, it, vi } from 'vitest';

import { createCardService } from '../../../main/checkin/card-service';
import { GuestCheckin } from '../../../main/checkin/guest-checkin';
import {
  createOutboxWorker,
  type OutboxWorkerOptions,
} from '../../../main/checkin/outbox-worker';
import { addDays, localDateIn } from '../../../main/checkin/zoned-time';
import { createQrMasterClient } from '../../../main/qrmaster';
import type { QrMasterApi } from '../../../main/qrmaster/types';
import { startSimulator, type Simulator } from '../../../main/simulator';
import { openStorage, storagePath } from '../../../main/storage';
import type { Storage } from '../../../main/storage/types';
import {
  berlinSettings,
  booking,
  failureOf,
  openTempStorage,
} from './fixtures';
import { freeLoopbackPort } from '../../support/services';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const accountSid = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const authToken = '00112233445566778899aabbccddee';

function clientFor(port: number, token = authToken): QrMasterApi {
  const api = createQrMasterClient({
    baseUrl: `http://127.0.0.1:${port}/`,
    accountSid,
    authToken: token,
    communityNo: '1316880000',
    communityTimeZone: berlinSettings.communityTimeZone,
    appVersion: '0.0.0-test',
    retry: { attempts: 1 },
  });
  cleanups.push(() => api.close());
  return api;
}

async function simulatorOn(port: number): Promise<Simulator> {
  const simulator = await startSimulator({ port, accountSid, authToken });
  cleanups.push(() => simulator.stop());
  return simulator;
}

/** Builds the app's check-in pieces on one database and one client. */
function appOn(
  storage: Storage,
  api: QrMasterApi,
  options: { now?: () => Date; backoff?: Partial<OutboxWorkerOptions> } = {},
) {
  const now = options.now ?? (() => new Date());
  const settings = () => berlinSettings;
  const cards = createCardService({ storage, settings, api: () => api, now });
  const worker = createOutboxWorker({
    storage,
    cards,
    settings,
    now,
    onChange: () => undefined,
    ...(options.backoff ?? { firstRetryMs: 20, maxRetryMs: 100 }),
  });
  cleanups.push(() => worker.stop());
  const guest = new GuestCheckin({
    storage,
    settings,
    cards,
    now,
    onQueued: () => worker.poke(),
  });
  return { cards, worker, guest };
}

/** Creates a stay that may check in now: arrived today in Berlin, leaves in 2 days. */
function currentStay(storage: Storage) {
  const today = localDateIn(new Date(), berlinSettings.propertyTimeZone);
  return storage.reservations.create(
    booking({
      building: '1',
      floor: '1',
      room: '102',
      arrivalDate: today,
      arrivalTime: '00:00',
      departureDate: addDays(today, 2),
    }),
  );
}

const lookup = {
  booking: { by: 'code', code: 'ABC123' },
  secondFactor: { by: 'surname', surname: 'Müller' },
} as const;

function tempStorage(): { storage: Storage; dataDir: string } {
  const opened = openTempStorage();
  cleanups.push(opened.cleanup);
  return opened;
}

describe('offline check-in', () => {
  it('fails with network-unavailable while the API is down', async () => {
    const { storage } = tempStorage();
    const app = appOn(storage, clientFor(await freeLoopbackPort()));
    currentStay(storage);
    const stay = await app.guest.lookup(lookup);

    const detail = await failureOf(
      app.guest.issueCard({ ticket: stay.ticket, sendSms: false }),
    );

    expect(detail?.code).toBe('network-unavailable');
  });

  it('queues with SMS and returns the masked number', async () => {
    const { storage } = tempStorage();
    const app = appOn(storage, clientFor(await freeLoopbackPort()));
    const { id } = currentStay(storage);
    const stay = await app.guest.lookup(lookup);

    const queued = app.guest.queueOffline({ ticket: stay.ticket });

    expect(queued.smsTo).toBe('+49151****5678');
    const row = storage.outbox.getById(queued.outboxId);
    expect(row?.reservationId).toBe(id);
    expect(JSON.parse(row?.payload ?? '{}')).toMatchObject({ sendSms: true });
  });

  it('returns the waiting row when queued twice', async () => {
    const { storage } = tempStorage();
    const app = appOn(storage, clientFor(await freeLoopbackPort()));
    currentStay(storage);
    const stay = await app.guest.lookup(lookup);

    const first = app.guest.queueOffline({ ticket: stay.ticket });
    const second = app.guest.queueOffline({ ticket: stay.ticket });

    expect(second.outboxId).toBe(first.outboxId);
    expect(storage.outbox.list()).toHaveLength(1);
  });

  it('sends a queued check-in once after the API and the app restart', async () => {
    const port = await freeLoopbackPort();
    const { storage: before, dataDir } = tempStorage();
    const offline = appOn(before, clientFor(port));
    const { id } = currentStay(before);
    const stay = await offline.guest.lookup(lookup);
    const { outboxId } = offline.guest.queueOffline({ ticket: stay.ticket });
    offline.worker.start();
    await vi.waitFor(() => {
      expect(before.outbox.getById(outboxId)?.attempts).toBeGreaterThan(1);
    });
    await offline.worker.stop();
    before.close();

    const simulator = await simulatorOn(port);
    const after = openStorage(storagePath(dataDir));
    cleanups.push(() => after.close());
    const restarted = appOn(after, clientFor(port));
    restarted.worker.start();

    await vi.waitFor(() => {
      expect(after.outbox.getById(outboxId)?.state).toBe('sent');
    });
    await restarted.worker.drain();
    const getLinks = simulator
      .requests()
      .filter((request) => request.action === 'getLink');
    expect(getLinks).toHaveLength(1);
    expect(getLinks[0]?.fields.sendSms).toBe('1');
    expect(after.cards.activeForReservation(id)?.smsSent).toBe(true);
  });

  it('sends nothing for a row a crash left in sending', async () => {
    const port = await freeLoopbackPort();
    const simulator = await simulatorOn(port);
    const { storage } = tempStorage();
    const app = appOn(storage, clientFor(port));
    currentStay(storage);
    const stay = await app.guest.lookup(lookup);
    const { outboxId } = app.guest.queueOffline({ ticket: stay.ticket });
    storage.outbox.markSending(outboxId);

    app.worker.start();
    await app.worker.drain();

    expect(storage.outbox.getById(outboxId)?.state).toBe('needs-staff');
    expect(simulator.requests()).toHaveLength(0);
  });

  it('hands a row to staff when authentication fails', async () => {
    const port = await freeLoopbackPort();
    await simulatorOn(port);
    const { storage } = tempStorage();
    const app = appOn(
      storage,
      clientFor(port, 'ffffffffffffffffffffffffffffff'),
    );
    currentStay(storage);
    const stay = await app.guest.lookup(lookup);
    const { outboxId } = app.guest.queueOffline({ ticket: stay.ticket });

    await app.worker.drain();

    const row = storage.outbox.getById(outboxId);
    expect(row?.state).toBe('needs-staff');
    expect(row?.lastError).toMatch(/^auth-failed/);
  });

  it('hands a row to staff when the booking was cancelled', async () => {
    const port = await freeLoopbackPort();
    const simulator = await simulatorOn(port);
    const { storage } = tempStorage();
    const app = appOn(storage, clientFor(port));
    const { id } = currentStay(storage);
    const stay = await app.guest.lookup(lookup);
    const { outboxId } = app.guest.queueOffline({ ticket: stay.ticket });
    storage.reservations.setStatus(id, 'cancelled');

    await app.worker.drain();

    expect(storage.outbox.getById(outboxId)?.lastError).toMatch(
      /^booking-not-eligible/,
    );
    expect(simulator.requests()).toHaveLength(0);
  });

  it('hands a row with an unknown outcome to staff', async () => {
    const port = await freeLoopbackPort();
    const simulator = await simulatorOn(port);
    simulator.injectFault('getLink', { kind: 'drop-response' });
    const { storage } = tempStorage();
    const app = appOn(storage, clientFor(port));
    currentStay(storage);
    const stay = await app.guest.lookup(lookup);
    const { outboxId } = app.guest.queueOffline({ ticket: stay.ticket });

    await app.worker.drain();
    await app.worker.drain();

    expect(storage.outbox.getById(outboxId)?.state).toBe('needs-staff');
    expect(simulator.requests()).toHaveLength(1);
  });
});

describe('outbox backoff', () => {
  it('doubles the delay per attempt up to the cap', async () => {
    const { storage } = tempStorage();
    let nowMs = Date.now() + 60_000;
    const { worker } = appOn(storage, clientFor(0), {
      now: () => new Date(nowMs),
      backoff: { random: () => 0 },
    });
    const { id } = currentStay(storage);
    const row = storage.outbox.enqueue('issue-card', id, {
      sendSms: true,
      phoneE164: '+4915112345678',
      validFrom: new Date(nowMs).toISOString(),
      validUntil: new Date(nowMs + 86_400_000).toISOString(),
    });

    const delays: number[] = [];
    for (let attempt = 0; attempt < 9; attempt += 1) {
      await worker.drain();
      const next = Date.parse(
        storage.outbox.getById(row.id)?.nextAttemptAt ?? '',
      );
      delays.push(next - nowMs);
      nowMs = next;
    }

    expect(delays).toEqual([
      5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000,
    ]);
  });
});
