import { randomUUID } from 'node:crypto';

import { afterEach, describe, expect, it } from 'vitest';

import { createKeychainStore } from '../../../main/credentials';
import type { KeytarApi } from '../../../main/credentials';
import { rejectedAppError } from '../storage/temp-dir';

// Probe once at collection time: without a Secret Service on D-Bus (plain
// `npm test` outside dbus-run-session) the keyring tests skip, named below.
const probe = await createKeychainStore({
  service: `LobbykeyTest-probe-${randomUUID()}`,
  timeoutMs: 3000,
}).availability();
const noKeyring = probe === 'unavailable';
const SKIP_REASON = noKeyring
  ? ' (skipped: no Secret Service answers on D-Bus; run inside dbus-run-session with gnome-keyring-daemon)'
  : '';

if (noKeyring) {
  process.stdout.write(`keychain-store.test.ts: keyring tests${SKIP_REASON}\n`);
}

describe.skipIf(noKeyring)(
  `keychain store in gnome-keyring${SKIP_REASON}`,
  () => {
    const stores: ReturnType<typeof createKeychainStore>[] = [];

    /** Opens a store under a fresh service name, so no real entry is touched. */
    const openTemp = () => {
      const store = createKeychainStore({
        service: `LobbykeyTest-${randomUUID()}`,
      });
      stores.push(store);
      return store;
    };

    afterEach(async () => {
      for (const store of stores.splice(0)) await store.delete();
    });

    it('reports available', async () => {
      expect(await openTemp().availability()).toBe('available');
    });

    it('starts empty', async () => {
      const store = openTemp();

      expect(await store.read()).toBeNull();
      expect(await store.hasAny()).toBe(false);
      expect(await store.savedAccountSid()).toBeNull();
    });

    it('saves and reads credentials', async () => {
      const store = openTemp();

      await store.save({ accountSid: 'AC-1', authToken: 'token-1' });

      expect(await store.read()).toEqual({
        accountSid: 'AC-1',
        authToken: 'token-1',
      });
      expect(await store.hasAny()).toBe(true);
      expect(await store.savedAccountSid()).toBe('AC-1');
    });

    it('replaces the entry of another account', async () => {
      const store = openTemp();
      await store.save({ accountSid: 'AC-1', authToken: 'token-1' });

      await store.save({ accountSid: 'AC-2', authToken: 'token-2' });

      expect(await store.read()).toEqual({
        accountSid: 'AC-2',
        authToken: 'token-2',
      });
    });

    it('replaces the token of the same account', async () => {
      const store = openTemp();
      await store.save({ accountSid: 'AC-1', authToken: 'token-1' });

      await store.save({ accountSid: 'AC-1', authToken: 'token-new' });

      expect(await store.read()).toEqual({
        accountSid: 'AC-1',
        authToken: 'token-new',
      });
    });

    it('deletes the saved credentials', async () => {
      const store = openTemp();
      await store.save({ accountSid: 'AC-1', authToken: 'token-1' });

      await store.delete();

      expect(await store.read()).toBeNull();
      expect(await store.hasAny()).toBe(false);
    });

    it('keeps entries of other services apart', async () => {
      const first = openTemp();
      const second = openTemp();

      await first.save({ accountSid: 'AC-1', authToken: 'token-1' });

      expect(await second.hasAny()).toBe(false);
    });

    it('rejects an empty token without saving', async () => {
      const store = openTemp();

      const error = await rejectedAppError(
        store.save({ accountSid: 'AC-1', authToken: ' ' }),
      );

      expect(error?.code).toBe('invalid-request');
      expect(error?.field).toBe('authToken');
      expect(await store.hasAny()).toBe(false);
    });
  },
);

// A keychain that never responds cannot be produced on purpose here, so
// these tests use a stub keytar whose calls never settle.
describe('keychain store with a backend that hangs', () => {
  const hanging: KeytarApi = {
    getPassword: () => new Promise(() => undefined),
    setPassword: () => new Promise(() => undefined),
    deletePassword: () => new Promise(() => undefined),
    findCredentials: () => new Promise(() => undefined),
  };

  it('reports unavailable after the timeout', async () => {
    const store = createKeychainStore({ keytar: hanging, timeoutMs: 50 });

    expect(await store.availability()).toBe('unavailable');
  });

  it('rejects save with a timed-out reason', async () => {
    const store = createKeychainStore({ keytar: hanging, timeoutMs: 50 });

    const error = await rejectedAppError(
      store.save({ accountSid: 'AC-1', authToken: 't' }),
    );

    expect(error?.code).toBe('credential-storage-unavailable');
    expect(error?.message).toContain('timed out after 50 ms');
    expect(error?.message).not.toContain('AC-1 t');
  });
});

describe('keychain store when keytar fails to load', () => {
  it('reports unavailable and rejects save', async () => {
    const store = createKeychainStore({
      keytar: () => Promise.reject(new Error('wrong NODE_MODULE_VERSION')),
    });

    expect(await store.availability()).toBe('unavailable');
    const error = await rejectedAppError(
      store.save({ accountSid: 'AC-1', authToken: 't' }),
    );
    expect(error?.code).toBe('credential-storage-unavailable');
  });
});
