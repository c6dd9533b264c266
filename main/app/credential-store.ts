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
  const service = process.env.LOBBYKEY_KEYCHAIN_SERVICE?.trim();
  try {
    return await Promise.resolve(
      createKeychainStore(service ? { service } : {}),
    );
  } catch (error) {
    log.error('keychain module failed to load; credentials unavailable', error);
    return createUnavailableCredentialStore();
  }
}
