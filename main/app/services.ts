import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { AppStatus } from '../../preload/contract';
import { createCardService } from '../checkin/card-service';
import { ConnectionMonitor } from '../checkin/connection-monitor';
import { GuestCheckin } from '../checkin/guest-checkin';
import { createOutboxWorker } from '../checkin/outbox-worker';
import { createAppHandlers } from '../ipc/app-handlers';
import type { Handlers } from '../ipc/dispatch';
import { createGuestHandlers } from '../ipc/guest-handlers';
import { configureLogging, createLogger } from '../logging/logger';
import { isQrMasterError } from '../qrmaster/errors';
import { openSettingsStore, openStaffPin } from '../settings';
import { createStaffHandlers } from '../staff/handlers';
import { openStorage, storagePath } from '../storage';
import { openApiTarget, type ApiTarget } from './api-target';
import { openCredentialStore } from './credential-store';
import { seedDemoBookings } from './demo-bookings';
import { kioskSettingsOf } from './status';
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
  mkdirSync(logDir, { recursive: true });
  configureLogging({ logDir });
  log.info(`starting services in ${dataDir}`);

  const now = () => new Date();
  const settings = openSettingsStore(dataDir);
  const pin = openStaffPin(dataDir);
  const storage = openStorage(storagePath(dataDir));
  const credentials = await openCredentialStore();
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

  const monitor = new ConnectionMonitor({
    probe: async () => {
      const client = target.client;
      if (!client) return null;
      try {
        await client.fetchRoomInfo();
        return true;
      } catch (error) {
        if (!isQrMasterError(error)) throw error;
        return !['network-unavailable', 'outcome-unknown'].includes(error.code);
      }
    },
    onChange: (state, previous) => {
      if (state === 'online' && previous === 'offline') worker.retryAllNow();
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

  function status(): AppStatus {
    const current = settings.get();
    const notice = settings.notice();
    return {
      version: options.appVersion,
      demo: target.demo,
      connection: monitor.current(),
      outboxLength: storage.outbox.countOpen(),
      issuing: target.issuingBlock
        ? { enabled: false, reason: target.issuingBlock }
        : { enabled: true },
      ...(notice ? { settingsNotice: notice } : {}),
      staffPinSet: pin.isSet(),
      kiosk: kioskSettingsOf(current),
    };
  }

  let stopped = false;
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
