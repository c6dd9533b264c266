// Times a staff group issue of 200 stays through the real staff handlers,
// card service and QR Master client against the local simulator, with
// faults on a share of getLink and getCard calls. Prints wall-clock times
// of the first pass and of the retries of its failed rows.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { addDays, localDateIn } from '../main/checkin/zoned-time';
import { createCardService } from '../main/checkin/card-service';
import { dispatch, type Handlers } from '../main/ipc/dispatch';
import { openSettingsStore, openStaffPin } from '../main/settings';
import { startSimulator } from '../main/simulator';
import { createStaffHandlers } from '../main/staff/handlers';
import { openStorage, storagePath } from '../main/storage';
import type { Storage } from '../main/storage/types';
import {
  bookingFor,
  clientFor,
  communityOf,
  injectGroupFaults,
} from '../test/unit/staff/sim-fixtures';

const GROUP_SIZE = 200;
const MAX_ROUNDS = 5;
const TARGET_MS = 10_000;
const PIN = '246813';

interface GroupRow {
  reservationId: number;
  ok: boolean;
  errorCode: string | null;
}

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function call(
  handlers: Handlers,
  channel: string,
  payload: unknown,
): Promise<unknown> {
  const result = await dispatch(handlers, channel, payload);
  if (!result.ok) {
    throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

function seedStays(storage: Storage): number[] {
  const arrivalDate = localDateIn(new Date(), 'Asia/Shanghai');
  const departureDate = addDays(arrivalDate, 2);
  return Array.from(
    { length: GROUP_SIZE },
    (_, index) =>
      storage.reservations.create(
        bookingFor(index, { arrivalDate, departureDate }),
      ).id,
  );
}

function countCodes(rows: readonly GroupRow[]): string {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.ok) continue;
    const code = row.errorCode ?? 'unknown';
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].map(([code, count]) => `${code} ${count}`).join(', ');
}

/** Runs the benchmark and prints its numbers. */
export async function run(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lobbykey-bench-'));
  const simulator = await startSimulator({
    community: communityOf(GROUP_SIZE),
  });
  const api = clientFor(simulator, simulator.authToken, {
    totalTimeoutMs: 800,
  });
  const storage = openStorage(storagePath(dataDir));

  try {
    const settings = openSettingsStore(dataDir);
    settings.update({ communityNo: simulator.communityNo });
    const now = () => new Date();
    const staff = createStaffHandlers({
      storage,
      settings,
      pin: openStaffPin(dataDir),
      credentials: {
        availability: () => Promise.resolve('available'),
        save: () => Promise.resolve(),
        read: () => Promise.resolve(null),
        savedAccountSid: () => Promise.resolve(null),
        delete: () => Promise.resolve(),
        hasAny: () => Promise.resolve(false),
      },
      cards: createCardService({
        storage,
        settings: () => settings.get(),
        api: () => api,
        now,
      }),
      outbox: {
        start: () => undefined,
        stop: () => Promise.resolve(),
        poke: () => undefined,
      },
      api: () => api,
      reconfigure: () => Promise.resolve(),
      emit: () => undefined,
      clearLookupLock: () => undefined,
      now,
    });
    // dispatch runs only the channel it is given, and this run calls staff
    // channels only.
    const handlers = staff as Handlers;
    await call(handlers, 'staff:set-initial-pin', { pin: PIN });

    const ids = seedStays(storage);
    injectGroupFaults(simulator);

    let pending = ids;
    const started = performance.now();
    for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round += 1) {
      const roundStart = performance.now();
      const { results } = (await call(handlers, 'cards:group-issue', {
        jobId: `bench-${round}`,
        reservationIds: pending,
        sendSms: false,
      })) as { results: GroupRow[] };
      const failed = results.filter((row) => !row.ok);
      const codes = countCodes(results);
      print(
        `group-issue round ${round + 1}: ${results.length} rows in ${Math.round(performance.now() - roundStart)} ms, ${failed.length} failed${codes ? ` (${codes})` : ''}`,
      );
      pending = failed.map((row) => row.reservationId);
    }
    const totalMs = Math.round(performance.now() - started);

    const localCards = new Set(
      ids.map((id) => storage.cards.activeForReservation(id)?.cardNo),
    );
    const orphans = simulator
      .cards()
      .filter(
        (card) => card.state === 'active' && !localCards.has(card.cardNo),
      );
    const getLinks = simulator.requests().filter((r) => r.action === 'getLink');
    print(
      `group-issue: ${GROUP_SIZE} stays in ${totalMs} ms including retries (target < ${TARGET_MS} ms), ` +
        `${localCards.size} distinct active cards, ${pending.length} still failed, ` +
        `${getLinks.length} getLink calls, ${orphans.length} server cards without a local record`,
    );
  } finally {
    api.close();
    storage.close();
    await simulator.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
