import type { Settings } from '../../preload/contract';
import type { CredentialStore } from '../credentials/types';
import { createLogger } from '../logging/logger';
import { createQrMasterClient } from '../qrmaster';
import { isQrMasterError } from '../qrmaster/errors';
import type { QrMasterApi } from '../qrmaster/types';
import { createDefaultCommunity, startSimulator } from '../simulator';
import type { IssuingBlock } from './status';

const log = createLogger('services');

export type RunningSimulator = Awaited<ReturnType<typeof startSimulator>>;

/** Current QR Master server of the app, and whether cards may be issued. */
export interface ApiTarget {
  /** The client for card calls; null while issuing is off. */
  issuingApi: QrMasterApi | null;
  /** The client that exists, also while issuing is off (for probes). */
  client: QrMasterApi | null;
  demo: boolean;
  simulator: RunningSimulator | null;
  issuingBlock: IssuingBlock | null;
  /** Closes the client, and stops the simulator unless `keepSimulator` is set. */
  close(options?: { keepSimulator?: boolean }): Promise<void>;
}

export interface ApiTargetOptions {
  settings: Settings;
  credentials: CredentialStore;
  appVersion: string;
  simulatorPort: number;
  /** A running simulator to reuse, so its cards and port survive. */
  simulator?: RunningSimulator | null;
}

/**
 * Decides between the live API and the demo simulator. Demo mode runs the
 * simulator and issues against it. Live mode without usable credentials
 * also runs the simulator, so the screens work, but keeps issuing off with
 * the reason: a guest must never get a card that opens no door.
 */
export async function openApiTarget(
  options: ApiTargetOptions,
): Promise<ApiTarget> {
  const { settings } = options;
  if (settings.operatingMode === 'demo') return openDemo(options, null);

  const block = await liveBlock(options);
  if (block === 'community-not-set') return closedTarget(block);
  if (block) return openDemo(options, block);

  const credentials = await options.credentials.read();
  if (!credentials) return openDemo(options, 'no-credentials');
  const client = createQrMasterClient({
    baseUrl: settings.apiBaseUrl,
    accountSid: credentials.accountSid,
    authToken: credentials.authToken,
    communityNo: settings.communityNo,
    communityTimeZone: settings.communityTimeZone,
    appVersion: options.appVersion,
  });
  log.info(`live QR Master client for community ${settings.communityNo}`);
  return {
    issuingApi: client,
    client,
    demo: false,
    simulator: null,
    issuingBlock: null,
    close: () => Promise.resolve(client.close()),
  };
}

async function liveBlock(
  options: ApiTargetOptions,
): Promise<IssuingBlock | null> {
  const availability = await options.credentials.availability();
  if (availability === 'unavailable') return 'credential-storage-unavailable';
  if (!(await options.credentials.hasAny())) return 'no-credentials';
  if (!options.settings.communityNo) return 'community-not-set';
  return null;
}

function closedTarget(block: IssuingBlock): ApiTarget {
  return {
    issuingApi: null,
    client: null,
    demo: false,
    simulator: null,
    issuingBlock: block,
    close: () => Promise.resolve(),
  };
}

function startDemoSimulator(
  options: ApiTargetOptions,
): Promise<RunningSimulator> {
  // The simulator reads card times in its community's zone, so it gets the
  // zone the client formats them in.
  // NOTE: a reused simulator keeps the zone it started with until restart.
  return startSimulator({
    port: options.simulatorPort,
    community: createDefaultCommunity(
      undefined,
      options.settings.communityTimeZone,
    ),
  });
}

async function openDemo(
  options: ApiTargetOptions,
  block: IssuingBlock | null,
): Promise<ApiTarget> {
  const simulator = options.simulator ?? (await startDemoSimulator(options));
  const client = createQrMasterClient({
    baseUrl: simulator.baseUrl,
    accountSid: simulator.accountSid,
    authToken: simulator.authToken,
    communityNo: simulator.communityNo,
    communityTimeZone: options.settings.communityTimeZone,
    appVersion: options.appVersion,
  });
  log.info(
    `demo simulator at ${simulator.baseUrl}${block ? ` (issuing off: ${block})` : ''}`,
  );
  return {
    issuingApi: block ? null : client,
    client,
    demo: true,
    simulator,
    issuingBlock: block,
    close: async (closing = {}) => {
      client.close();
      if (!closing.keepSimulator) await simulator.stop();
    },
  };
}

/**
 * Probes the API with fetchRoomInfo. Resolves true when the server
 * responded (even with an error status), false when it could not be
 * reached, and null when there is no client.
 */
export async function probeApi(
  client: QrMasterApi | null,
): Promise<boolean | null> {
  if (!client) return null;
  try {
    await client.fetchRoomInfo();
    return true;
  } catch (error) {
    if (!isQrMasterError(error)) throw error;
    return !['network-unavailable', 'outcome-unknown'].includes(error.code);
  }
}
