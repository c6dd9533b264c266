import { afterEach, describe, expect, it } from 'vitest';

import { openApiTarget, type ApiTarget } from '../../../main/app/api-target';
import { createUnavailableCredentialStore } from '../../../main/app/unavailable-credentials';
import type {
  Credentials,
  CredentialStore,
} from '../../../main/credentials/types';
import { defaultSettings, type Settings } from '../../../preload/contract';
import { startSimulator, type Simulator } from '../../../main/simulator';

// The OS keychain needs a Secret Service on D-Bus, which plain test runs do
// not have, so these tests keep credentials in memory. The keychain store
// itself is tested against a real keyring in test/unit/credentials.
function memoryStore(saved: Credentials | null): CredentialStore {
  return {
    availability: () => Promise.resolve('available'),
    save: () => Promise.reject(new Error('not used by these tests')),
    read: () => Promise.resolve(saved),
    savedAccountSid: () => Promise.resolve(saved?.accountSid ?? null),
    delete: () => Promise.resolve(),
    hasAny: () => Promise.resolve(saved !== null),
  };
}

const opened: ApiTarget[] = [];
let simulator: Simulator | null = null;

afterEach(async () => {
  for (const target of opened.splice(0)) await target.close();
  await simulator?.stop();
  simulator = null;
});

async function open(
  settings: Partial<Settings>,
  credentials: CredentialStore,
): Promise<ApiTarget> {
  const target = await openApiTarget({
    settings: { ...defaultSettings, ...settings },
    credentials,
    appVersion: '0.0.0-test',
    simulatorPort: 0,
  });
  opened.push(target);
  return target;
}

async function liveSimulator(): Promise<{
  settings: Partial<Settings>;
  credentials: Credentials;
}> {
  simulator = await startSimulator();
  return {
    settings: {
      operatingMode: 'live',
      apiBaseUrl: simulator.baseUrl,
      communityNo: simulator.communityNo,
    },
    credentials: {
      accountSid: simulator.accountSid,
      authToken: simulator.authToken,
    },
  };
}

describe('openApiTarget', () => {
  it('issues against the simulator in demo mode', async () => {
    const target = await open({ operatingMode: 'demo' }, memoryStore(null));

    expect(target.demo).toBe(true);
    expect(target.issuingApi).not.toBeNull();
    expect(target.issuingBlock).toBeNull();
  });

  it('uses the saved account in live mode', async () => {
    const live = await liveSimulator();
    const target = await open(live.settings, memoryStore(live.credentials));

    const rooms = await target.issuingApi?.fetchRoomInfo();

    expect(target.demo).toBe(false);
    expect(target.simulator).toBeNull();
    expect(rooms?.buildings.length).toBeGreaterThan(0);
  });

  it('keeps issuing off in live mode without credentials', async () => {
    const target = await open({ operatingMode: 'live' }, memoryStore(null));

    expect(target.issuingBlock).toBe('no-credentials');
    expect(target.issuingApi).toBeNull();
    expect(target.demo).toBe(true);
  });

  it('keeps issuing off when the keychain is unavailable', async () => {
    const target = await open(
      { operatingMode: 'live', communityNo: '1316880000' },
      createUnavailableCredentialStore(),
    );

    expect(target.issuingBlock).toBe('credential-storage-unavailable');
    expect(target.issuingApi).toBeNull();
  });

  it('keeps issuing off without a community number', async () => {
    const live = await liveSimulator();
    const target = await open(
      { ...live.settings, communityNo: '' },
      memoryStore(live.credentials),
    );

    expect(target.issuingBlock).toBe('community-not-set');
    expect(target.client).toBeNull();
  });

  it('reuses a running simulator when given one', async () => {
    const first = await open({ operatingMode: 'demo' }, memoryStore(null));
    const second = await openApiTarget({
      settings: defaultSettings,
      credentials: memoryStore(null),
      appVersion: '0.0.0-test',
      simulatorPort: 0,
      simulator: first.simulator,
    });
    await second.close({ keepSimulator: true });

    expect(second.simulator).toBe(first.simulator);
    const response = await fetch(
      new URL('sim/cards', first.simulator?.baseUrl ?? ''),
    );
    expect(response.ok).toBe(true);
  });
});
