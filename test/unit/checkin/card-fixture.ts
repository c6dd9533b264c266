import { createCardService } from '../../../main/checkin/card-service';
import { createQrMasterClient } from '../../../main/qrmaster';
import type { QrMasterApi, QrMasterConfig } from '../../../main/qrmaster/types';
import { startSimulator } from '../../../main/simulator';
import type { Storage } from '../../../main/storage/types';
import {
  berlinSettings,
  booking,
  manualClock,
  openTempStorage,
} from './fixtures';

export type Simulator = Awaited<ReturnType<typeof startSimulator>>;

/**
 * A card service on a real SQLite file, talking through the real client to
 * the simulator on 127.0.0.1, with the service's clock set by hand.
 */
export async function startCardFixture(
  options: {
    now?: string;
    client?: Partial<QrMasterConfig>;
    port?: number;
  } = {},
) {
  const { storage, dataDir, cleanup } = openTempStorage();
  const simulator = await startSimulator(
    options.port ? { port: options.port } : {},
  );
  const clock = manualClock(options.now ?? '2036-12-04T16:00:00Z');
  const api: QrMasterApi = createQrMasterClient({
    baseUrl: simulator.baseUrl,
    accountSid: simulator.accountSid,
    authToken: simulator.authToken,
    communityNo: simulator.communityNo,
    communityTimeZone: berlinSettings.communityTimeZone,
    appVersion: '0.0.0-test',
    ...options.client,
  });
  const outcomes: boolean[] = [];
  const cards = createCardService({
    storage,
    settings: () => berlinSettings,
    api: () => api,
    now: clock.now,
    onApiOutcome: (reached) => outcomes.push(reached),
  });

  return {
    storage,
    dataDir,
    simulator,
    clock,
    api,
    cards,
    outcomes,
    /** A Berlin stay in the simulator's building 1, floor 1, room 102. */
    createStay: (overrides: Parameters<typeof booking>[0] = {}) =>
      storage.reservations.create(
        booking({ building: '1', floor: '1', room: '102', ...overrides }),
      ),
    getLinks: () =>
      simulator.requests().filter((request) => request.action === 'getLink'),
    auditActions: (store: Storage = storage) =>
      store.audit.list({}).map((entry) => entry.action),
    stop: async () => {
      api.close();
      await simulator.stop();
      cleanup();
    },
  };
}
