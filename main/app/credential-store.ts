import { createHash } from 'node:crypto';
import path from 'node:path';

import { createKeychainStore } from '../credentials';
import type { CredentialStore } from '../credentials/types';
import { createLogger } from '../logging/logger';
import { createUnavailableCredentialStore } from './unavailable-credentials';

const log = createLogger('services');

/**
 * Opens the keychain store. When the native keychain module cannot load,
 * returns a store that reports `unavailable`, so the app still starts with
 * issuing off instead of crashing. LOBBYKEY_KEYCHAIN_SERVICE replaces the
 * service name "Lobbykey", so tests and side-by-side instances never read
 * each other's credentials.
 */
export async function openCredentialStore(): Promise<CredentialStore> {
  const service = keychainServiceName(process.env);
  try {
    return await Promise.resolve(
      createKeychainStore(service ? { service } : {}),
    );
  } catch (error) {
    log.error('keychain module failed to load; credentials unavailable', error);
    return createUnavailableCredentialStore();
  }
}

/**
 * Returns the keychain service to use, or undefined for the default
 * "Lobbykey". LOBBYKEY_KEYCHAIN_SERVICE wins. Otherwise a LOBBYKEY_DATA_DIR
 * gets a service of its own ("Lobbykey-" and a hash of the folder), so an
 * instance with its own data folder never reads another's credentials.
 */
export function keychainServiceName(
  env: Record<string, string | undefined>,
): string | undefined {
  const explicit = env.LOBBYKEY_KEYCHAIN_SERVICE?.trim();
  if (explicit) return explicit;

  const dataDir = env.LOBBYKEY_DATA_DIR?.trim();
  if (!dataDir) return undefined;
  const digest = createHash('sha256').update(path.resolve(dataDir));
  return `Lobbykey-${digest.digest('hex').slice(0, 12)}`;
}
