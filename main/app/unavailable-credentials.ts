import { AppFailure } from '../errors';
import type { CredentialStore } from '../credentials/types';

/**
 * Creates a credential store for when the keychain module cannot load. It
 * reports `unavailable`, stores nothing, and rejects every save.
 */
export function createUnavailableCredentialStore(): CredentialStore {
  const rejectSave = () =>
    Promise.reject(
      new AppFailure({
        code: 'credential-storage-unavailable',
        message:
          'Secure credential storage is not available on this computer; nothing was saved.',
      }),
    );
  return {
    availability: () => Promise.resolve('unavailable'),
    save: rejectSave,
    read: () => Promise.resolve(null),
    savedAccountSid: () => Promise.resolve(null),
    delete: () => Promise.resolve(),
    hasAny: () => Promise.resolve(false),
  };
}
