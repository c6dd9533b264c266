import { AppFailure } from '../errors';
import { createLogger } from '../logging/logger';
import {
  errorText,
  KeychainUnavailable,
  loadKeytar,
  withTimeout,
  type KeytarApi,
} from './keytar-backend';
import type { CredentialStore, Credentials } from './types';

const log = createLogger('credentials');

const DEFAULT_SERVICE = 'Lobbykey';
const DEFAULT_TIMEOUT_MS = 5000;

export interface KeychainStoreOptions {
  /** Keychain service name; tests pass their own so they never touch real entries. */
  service?: string;
  /** A keytar implementation; by default the native module, loaded on first use. */
  keytar?: KeytarApi | (() => Promise<KeytarApi>);
  /** Milliseconds one keychain call may take before it counts as unavailable. */
  timeoutMs?: number;
}

/**
 * Creates the keychain-backed credential store: one entry per accountSid
 * under the service name. When no backend works, reads return nothing and
 * `save` throws `credential-storage-unavailable`; no secret is ever written
 * anywhere else.
 */
export function createKeychainStore(
  options: KeychainStoreOptions = {},
): CredentialStore {
  const service = options.service ?? DEFAULT_SERVICE;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const keychain = createKeychain(options.keytar ?? loadKeytar, timeoutMs);
  let lastReason: string | null = null;

  // Logs a change of backend state once, not on every call.
  const noteUnavailable = (error: KeychainUnavailable): void => {
    if (error.message === lastReason) return;
    lastReason = error.message;
    log.warn(`keychain unavailable: ${error.message}`);
  };

  const entries = async () => {
    try {
      const found = await keychain.call('findCredentials', (k) =>
        k.findCredentials(service),
      );
      lastReason = null;
      return found;
    } catch (error) {
      if (!(error instanceof KeychainUnavailable)) throw error;
      noteUnavailable(error);
      return null;
    }
  };

  return {
    availability: async () =>
      (await entries()) === null ? 'unavailable' : 'available',
    save: async (credentials) => {
      checkCredentials(credentials);
      try {
        await replaceEntries(keychain, service, credentials);
      } catch (error) {
        if (!(error instanceof KeychainUnavailable)) throw error;
        noteUnavailable(error);
        throw unavailableFailure(error, 'Nothing was saved.');
      }
      log.info(`credentials saved for accountSid ${credentials.accountSid}`);
    },
    read: async () => {
      const first = (await entries())?.[0];
      return first
        ? { accountSid: first.account, authToken: first.password }
        : null;
    },
    // NOTE: keytar has no call that lists accounts alone, so this reads the
    // entries with their tokens and keeps only the account name.
    savedAccountSid: async () => (await entries())?.[0]?.account ?? null,
    delete: async () => {
      try {
        for (const entry of (await entries()) ?? []) {
          await keychain.call('deletePassword', (k) =>
            k.deletePassword(service, entry.account),
          );
        }
      } catch (error) {
        if (!(error instanceof KeychainUnavailable)) throw error;
        noteUnavailable(error);
        throw unavailableFailure(error, 'Nothing was deleted.');
      }
      log.info('credentials deleted');
    },
    hasAny: async () => ((await entries())?.length ?? 0) > 0,
  };
}

/**
 * Writes the new entry first, then removes the others, so a failure part-way
 * never leaves the keychain without credentials.
 */
async function replaceEntries(
  keychain: Keychain,
  service: string,
  credentials: Credentials,
): Promise<void> {
  const { accountSid, authToken } = credentials;
  await keychain.call('setPassword', (k) =>
    k.setPassword(service, accountSid, authToken),
  );

  const saved = await keychain.call('findCredentials', (k) =>
    k.findCredentials(service),
  );
  for (const entry of saved) {
    if (entry.account === accountSid) continue;
    await keychain.call('deletePassword', (k) =>
      k.deletePassword(service, entry.account),
    );
  }
}

interface Keychain {
  call<T>(what: string, work: (keytar: KeytarApi) => Promise<T>): Promise<T>;
}

/** Wraps keytar so each call loads it lazily and has a time limit. */
function createKeychain(
  source: KeytarApi | (() => Promise<KeytarApi>),
  timeoutMs: number,
): Keychain {
  let loaded: Promise<KeytarApi> | undefined;
  const load = () => {
    loaded ??= loadSource(source);
    return loaded;
  };

  return {
    call: async (what, work) => {
      const keytar = await load();
      return withTimeout(() => work(keytar), timeoutMs, `keychain ${what}`);
    },
  };
}

async function loadSource(
  source: KeytarApi | (() => Promise<KeytarApi>),
): Promise<KeytarApi> {
  if (typeof source !== 'function') return source;
  try {
    return await source();
  } catch (error) {
    log.error('keytar native module failed to load', error);
    throw new KeychainUnavailable(
      `the keytar module failed to load (${errorText(error)})`,
    );
  }
}

function checkCredentials(credentials: Credentials): void {
  for (const field of ['accountSid', 'authToken'] as const) {
    const value: unknown = credentials[field];
    if (typeof value === 'string' && value.trim() !== '') continue;
    throw new AppFailure({
      code: 'invalid-request',
      field,
      message: `${field} is missing; enter the value from the QR Master account.`,
    });
  }
}

function unavailableFailure(
  error: KeychainUnavailable,
  outcome: string,
): AppFailure {
  return new AppFailure({
    code: 'credential-storage-unavailable',
    message:
      `Secure credential storage is not available: ${errorText(error)}. ` +
      `${outcome} On Linux, start a Secret Service such as ` +
      'gnome-keyring in the desktop session and try again.',
  });
}
