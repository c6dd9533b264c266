import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { createCardService } from '../checkin/card-service';
import { ConnectionMonitor } from '../checkin/connection-monitor';
import { GuestCheckin } from '../checkin/guest-checkin';
import { createOutboxWorker } from '../checkin/outbox-worker';
import { createAppHandlers } from '../ipc/app-handlers';
import type { Handlers } from '../ipc/dispatch';
import { createGuestHandlers } from '../ipc/guest-handlers';
import { configureLogging, createLogger } from '../logging/logger';
import { openSettingsStore, openStaffPin } from '../settings';
import { createStaffHandlers } from '../staff/handlers';
import { openStorage, storagePath } from '../storage';
import { openApiTarget, probeApi, type ApiTarget } from './api-target';
import { openCredentialStore } from './credential-store';
import { seedDemoBookings } from './demo-bookings';
import { statusOf } from './status';
import type { AppServices, StartServicesOptions } from './types';

const log = createLogger('services');

/** Resolves the data folder: LOBBYKEY_DATA_DIR wins over the caller's choice. */
export function resolveDataDir(requested: string): string {
  const fromEnvironment = process.env.LOBBYKEY_DATA_DIR;
  return path.resolve(fromEnvironment ? fromEnvironment : requested);
}

function resolveSimulatorPort(requested: number | undefined): number {
  const fromEnvironment = Number(process.env.LOBBYKEY_SIMULATOR_PORT);
  if (Number.isInteger(fromEnvironment) && fromEnvironment > 0) {
    return fromEnvironment;
  }
  return requested ?? 0;
}

/**
 * Starts everything main runs, without Electron: settings, PIN, database,
 * keychain, the QR Master client (live or the demo simulator), the outbox
 * worker and the connection monitor, and one handler per channel.
 * `stop()` closes all of it, so a test or the browser host exits cleanly.
 */
export async function startServices(
  options: StartServicesOptions,
): Promise<AppServices> {
  const dataDir = resolveDataDir(options.dataDir);
  const logDir = path.join(dataDir, 'logs');
  restrictFileModes(dataDir);
  mkdirSync(logDir, { recursive: true, mode: 0o700 });
  configureLogging({ logDir });
  log.info(`starting services in ${dataDir}`);

  const now = () => new Date();
  const settings = openSettingsStore(dataDir);
  const pin = openStaffPin(dataDir);
  const storage = openStorage(storagePath(dataDir));
  const credentials = options.credentials ?? (await openCredentialStore());
  const simulatorPort = resolveSimulatorPort(options.simulatorPort);

  let target: ApiTarget = await openTarget(null);
  async function openTarget(
    simulator: ApiTarget['simulator'],
  ): Promise<ApiTarget> {
    const opened = await openApiTarget({
      settings: settings.get(),
      credentials,
      appVersion: options.appVersion,
      simulatorPort,
      simulator,
    });
    if (opened.demo && settings.get().operatingMode === 'demo') {
      seedDemoBookings(storage, settings.get(), now());
    }
    return opened;
  }

  let stopped = false;
  const monitor = new ConnectionMonitor({
    probe: () => probeApi(target.client),
    onChange: (state, previous) => {
      if (stopped) return;
      // Rows waiting out a backoff go at once when the API is back, and after
      // a restart once the first probe succeeds.
      if (state === 'online' && previous !== 'online') worker.retryAllNow();
      publishStatus();
    },
  });

  const cards = createCardService({
    storage,
    settings: () => settings.get(),
    api: () => target.issuingApi,
    now,
    onApiOutcome: (reached) => monitor.report(reached),
  });
  const worker = createOutboxWorker({
    storage,
    cards,
    settings: () => settings.get(),
    now,
    onChange: () => publishStatus(),
  });
  const guest = new GuestCheckin({
    storage,
    settings: () => settings.get(),
    cards,
    now,
    onQueued: () => {
      worker.poke();
      publishStatus();
    },
  });

  const status = () =>
    statusOf({
      version: options.appVersion,
      target,
      connection: monitor.current(),
      storage,
      settings,
      pin,
    });
  function publishStatus(): void {
    if (stopped) return;
    options.onEvent('app:status', status());
  }

  async function reconfigure(): Promise<void> {
    const previous = target;
    target = await openTarget(previous.simulator);
    await previous.close({
      keepSimulator: target.simulator === previous.simulator,
    });
    monitor.reset();
    void monitor.probeNow();
    publishStatus();
  }

  const verifyStaffPin = (value: string) => pin.verify(value);
  const handlers: Handlers = {
    ...createAppHandlers({
      status: () => Promise.resolve(status()),
      verifyStaffPin,
    }),
    ...createGuestHandlers(guest),
    ...createStaffHandlers({
      storage,
      settings,
      pin,
      credentials,
      cards,
      outbox: worker,
      api: () => target.issuingApi,
      reconfigure,
      emit: options.onEvent,
      clearLookupLock: () => guest.clearLookupLock(),
      now,
    }),
  };

  worker.start();
  monitor.start();
  log.info(`services started (${target.demo ? 'demo' : 'live'})`);

  return {
    handlers,
    get demo() {
      return target.demo;
    },
    get simulatorUrl() {
      return target.simulator?.baseUrl ?? null;
    },
    verifyStaffPin,
    isBusy: () => cards.pendingOperations() > 0 || guest.activeSessions() > 0,
    stop: async () => {
      stopped = true;
      await worker.stop();
      await monitor.stop();
      await target.close();
      storage.close();
      log.info('services stopped');
    },
  };
}

/**
 * Makes every file the app creates from now on private to its user (the
 * database contains phone numbers, the logs masked ones), and tightens
 * files an older version left readable. On Windows the folder's ACL does
 * this job and modes are ignored.
 */
export function restrictFileModes(dataDir: string): void {
  process.umask(0o077);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });

  const modes: Array<[string, number]> = [
    ['.', 0o700],
    ['logs', 0o700],
    ['logs/lobbykey.log', 0o600],
    ['lobbykey.db', 0o600],
    ['lobbykey.db-wal', 0o600],
    ['lobbykey.db-shm', 0o600],
  ];
  for (const [name, mode] of modes) {
    const file = path.join(dataDir, name);
    if (existsSync(file)) chmodSync(file, mode);
  }
}
