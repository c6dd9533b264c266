import { AppFailure } from '../errors';
import type { CredentialStore } from '../credentials/types';

/**
 * A credential store for when the keychain module cannot even load: it
 * reports `unavailable`, stores nothing, and refuses to save.
 */
export function createUnavailableCredentialStore(): CredentialStore {
  const refuse = () =>
    Promise.reject(
      new AppFailure({
        code: 'credential-storage-unavailable',
        message:
          'Secure credential storage is not available on this computer; nothing was saved.',
      }),
    );
  return {
    availability: () => Promise.resolve('unavailable'),
    save: refuse,
    read: () => Promise.resolve(null),
    savedAccountSid: () => Promise.resolve(null),
    delete: () => Promise.resolve(),
    hasAny: () => Promise.resolve(false),
  };
}
