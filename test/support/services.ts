import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type {
  AppError,
  AppStatus,
  Channel,
  RequestOf,
  Result,
  ResponseOf,
  Settings,
} from '../../preload/contract';
import { startServices } from '../../main/app/services';
import type { CredentialStore } from '../../main/credentials/types';
import type { AppServices } from '../../main/app/types';
import { dispatch } from '../../main/ipc/dispatch';
import { configureLogging } from '../../main/logging/logger';
import { openSettingsStore } from '../../main/settings';

/** Services started in a temp data folder, with their pushed events. */
export interface TestServices {
  services: AppServices;
  dataDir: string;
  /** Every `app:status` pushed so far, oldest first. */
  statuses: AppStatus[];
  /** Calls a channel through the same validation the bridge uses. */
  call<C extends Channel>(
    channel: C,
    request: RequestOf<C>,
  ): Promise<Result<ResponseOf<C>>>;
  /** Calls with a payload the contract does not type (bad input tests). */
  callRaw(channel: string, payload: unknown): Promise<Result<unknown>>;
  /** Stops the services; the data folder stays for a restart. */
  stop(): Promise<void>;
  /** Stops the services and deletes the data folder. */
  cleanup(): Promise<void>;
}

export interface TestServicesOptions {
  /** Reuse a data folder, as after a restart; a new temp one otherwise. */
  dataDir?: string;
  /** Settings written before start. */
  settings?: Partial<Settings>;
  simulatorPort?: number;
  /** Credentials in place of the OS keychain. */
  credentials?: CredentialStore;
}

/** Makes a fresh temp data folder for one test. */
export function makeDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'lobbykey-services-'));
}

/**
 * Starts the real services root in its own data folder. The caller's
 * LOBBYKEY_DATA_DIR would win over the folder, so it is cleared first.
 */
export async function startTestServices(
  options: TestServicesOptions = {},
): Promise<TestServices> {
  delete process.env.LOBBYKEY_DATA_DIR;
  const dataDir = options.dataDir ?? makeDataDir();
  // Log lines written before startServices must not go to the folder of a
  // test that already deleted it.
  const logDir = path.join(dataDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  configureLogging({ logDir });
  if (options.settings) openSettingsStore(dataDir).update(options.settings);
  // The keychain outlives the test (gnome-keyring keeps it on disk), so each
  // data folder gets its own service name; a restart reuses it.
  process.env.LOBBYKEY_KEYCHAIN_SERVICE = `LobbykeyTest-${path.basename(dataDir)}`;

  const statuses: AppStatus[] = [];
  const services = await startServices({
    dataDir,
    appVersion: '0.0.0-test',
    onEvent: (event, payload) => {
      if (event === 'app:status') statuses.push(payload as AppStatus);
    },
    ...(options.simulatorPort ? { simulatorPort: options.simulatorPort } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await services.stop();
  };
  return {
    services,
    dataDir,
    statuses,
    call: (channel, request) =>
      dispatch(services.handlers, channel, request) as never,
    callRaw: (channel, payload) =>
      dispatch(services.handlers, channel, payload),
    stop,
    cleanup: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Finds a free loopback port, then releases it: nothing listens there until
 * the test starts a server on it.
 */
export async function freeLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') {
    throw new Error('The probe server has no TCP port.');
  }
  return address.port;
}

/** Returns the value of a successful result; throws with its error otherwise. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) {
    throw new Error(
      `expected a value, got ${result.error.code}: ${result.error.message}`,
    );
  }
  return result.value;
}

/** Returns the error of a failed result, or null when it succeeded. */
export function errorOf(result: Result<unknown>): AppError | null {
  return result.ok ? null : result.error;
}
