import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, expect } from 'vitest';

import {
  channels,
  type EventName,
  type RequestOf,
  type ResponseOf,
  type Result,
  type Settings,
} from '../../../preload/contract';
import type { CardService, OutboxWorker } from '../../../main/checkin/types';
import {
  createKeychainStore,
  type CredentialStore,
} from '../../../main/credentials';
import { dispatch, type Handlers } from '../../../main/ipc/dispatch';
import type { QrMasterApi } from '../../../main/qrmaster/types';
import { openStorage, storagePath } from '../../../main/storage';
import type { Storage } from '../../../main/storage/types';
import { createStaffHandlers } from '../../../main/staff/handlers';
import type { StaffChannel, StaffDeps } from '../../../main/staff/types';
import {
  openSettingsStore,
  openStaffPin,
  type SettingsStore,
} from '../../../main/settings';
import { memoryCredentials, storageOnlyCards } from './fakes';

export const TEST_PIN = '246813';

// The real keychain needs a Secret Service on D-Bus (CI starts one). Without
// it the tests fall back to credentials in memory and print that once.
const keychainProbe = await createKeychainStore({
  service: `LobbykeyTest-staff-probe-${randomUUID()}`,
  timeoutMs: 3000,
}).availability();
if (keychainProbe === 'unavailable') {
  process.stdout.write(
    'staff tests: no Secret Service on D-Bus, so credentials are kept in memory\n',
  );
}

function testCredentials(): CredentialStore {
  if (keychainProbe === 'unavailable') return memoryCredentials();
  return createKeychainStore({ service: `LobbykeyTest-staff-${randomUUID()}` });
}

/** What a card service built for the harness may use. */
export interface CardServiceParts {
  storage: Storage;
  settings: SettingsStore;
  now: () => Date;
}

export interface HarnessOptions {
  settings?: Partial<Settings>;
  cards?: (parts: CardServiceParts) => CardService;
  api?: () => QrMasterApi | null;
  credentials?: CredentialStore;
}

export interface StaffHarness {
  dataDir: string;
  storage: Storage;
  deps: StaffDeps;
  /** Moves the injected clock forward. */
  advance(ms: number): void;
  events: Array<{ event: EventName; payload: unknown }>;
  reconfigureCount(): number;
  pokeCount(): number;
  /** JSON of every response and error returned so far. */
  transcript: string[];
  /** Calls a channel through dispatch and checks a value against its schema. */
  call<C extends StaffChannel>(
    channel: C,
    payload: RequestOf<C>,
  ): Promise<Result<ResponseOf<C>>>;
  /** Calls any channel name with any payload, for table-driven tests. */
  callUnchecked(channel: string, payload: unknown): Promise<Result<unknown>>;
  /** Calls a channel and fails the test unless it succeeds. */
  value<C extends StaffChannel>(
    channel: C,
    payload: RequestOf<C>,
  ): Promise<ResponseOf<C>>;
  /** Sets the PIN, which opens the session. */
  unlock(): Promise<void>;
}

function fullHandlers(staff: Partial<Handlers>): Handlers {
  return new Proxy(staff, {
    get(target, name: string) {
      const handler = target[name as keyof Handlers];
      if (handler) return handler;
      return () => Promise.reject(new Error(`${name} is not a staff channel`));
    },
  }) as Handlers;
}

/**
 * Returns a function that builds the staff handlers over a real SQLite
 * database in a fresh data folder; the folder is removed after each test.
 */
export function useStaffHarness(): (options?: HarnessOptions) => StaffHarness {
  const cleanups: Array<() => void | Promise<void>> = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  return (options = {}) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lobbykey-staff-'));
    const storage = openStorage(storagePath(dataDir));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    cleanups.push(() => storage.close());

    let nowMs = Date.parse('2026-12-04T07:00:00.000Z');
    const now = () => new Date(nowMs);
    let reconfigures = 0;
    let pokes = 0;
    const events: StaffHarness['events'] = [];
    const outbox: OutboxWorker = {
      start: () => undefined,
      stop: () => Promise.resolve(),
      poke: () => {
        pokes += 1;
      },
    };

    const credentials = options.credentials ?? testCredentials();
    cleanups.push(() => credentials.delete());
    const settings = openSettingsStore(dataDir);
    // Nothing listens on the discard port, so no test reaches a real API.
    settings.update({ apiBaseUrl: 'http://127.0.0.1:9/', ...options.settings });

    const deps: StaffDeps = {
      storage,
      settings,
      pin: openStaffPin(dataDir, { now: () => nowMs }),
      credentials,
      cards: options.cards
        ? options.cards({ storage, settings, now })
        : storageOnlyCards(storage),
      outbox,
      api: options.api ?? (() => null),
      reconfigure: () => {
        reconfigures += 1;
        return Promise.resolve();
      },
      emit: (event, payload) => events.push({ event, payload }),
      // The guest lookup is not part of this harness; test/unit/app covers
      // clearing its lock through the full services.
      clearLookupLock: () => undefined,
      now,
    };
    const handlers = fullHandlers(createStaffHandlers(deps));
    const transcript: string[] = [];

    const call = async <C extends StaffChannel>(
      channel: C,
      payload: RequestOf<C>,
    ): Promise<Result<ResponseOf<C>>> => {
      const result = await dispatch(handlers, channel, payload);
      transcript.push(JSON.stringify(result));
      if (result.ok) channels[channel].response.parse(result.value);
      return result as Result<ResponseOf<C>>;
    };

    const value = async <C extends StaffChannel>(
      channel: C,
      payload: RequestOf<C>,
    ): Promise<ResponseOf<C>> => {
      const result = await call(channel, payload);
      if (!result.ok) {
        expect.fail(`${channel} failed: ${JSON.stringify(result.error)}`);
      }
      return result.value;
    };

    const callUnchecked = async (channel: string, payload: unknown) => {
      const result = await dispatch(handlers, channel, payload);
      transcript.push(JSON.stringify(result));
      return result;
    };

    return {
      dataDir,
      storage,
      deps,
      advance: (ms) => {
        nowMs += ms;
      },
      events,
      reconfigureCount: () => reconfigures,
      pokeCount: () => pokes,
      transcript,
      call,
      callUnchecked,
      value,
      unlock: async () => {
        await value('staff:set-initial-pin', { pin: TEST_PIN });
      },
    };
  };
}
