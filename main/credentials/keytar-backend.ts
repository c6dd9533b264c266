/** The part of keytar's API the credential store uses. */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(
    service: string,
    account: string,
    password: string,
  ): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(
    service: string,
  ): Promise<Array<{ account: string; password: string }>>;
}

/** A keychain failure: no module, no Secret Service, or no response in time. */
export class KeychainUnavailable extends Error {
  override name = 'KeychainUnavailable';
}

/**
 * Loads the native keytar module on first use rather than at import time,
 * so a missing or broken build (wrong ABI, no libsecret) rejects here
 * instead of crashing the process.
 */
export async function loadKeytar(): Promise<KeytarApi> {
  const imported = (await import('keytar')) as KeytarApi & {
    default?: KeytarApi;
  };
  return imported.default ?? imported;
}

/**
 * Runs one keychain call with a time limit, because libsecret can block
 * when no Secret Service agent responds. The call itself cannot be
 * cancelled; a late result is dropped.
 */
export function withTimeout<T>(
  call: () => Promise<T>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new KeychainUnavailable(`${what} timed out after ${timeoutMs} ms`),
      );
    }, timeoutMs);

    call().then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(new KeychainUnavailable(`${what} failed: ${errorText(error)}`));
      },
    );
  });
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
