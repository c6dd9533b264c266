import { afterEach } from 'vitest';

import { createCardService } from '../../../main/checkin/card-service';
import type { QrMasterApi } from '../../../main/qrmaster/types';
import { startSimulator, type Simulator } from '../../../main/simulator';
import type { CardServiceParts, HarnessOptions } from './harness';
import { clientFor, communityOf } from './sim-fixtures';

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
        settings: {
          communityNo: simulator.communityNo,
          apiBaseUrl: simulator.baseUrl,
        },
        cards,
        api: () => api,
      },
    };
  };
}
