/** QR Master account credentials. */
export interface Credentials {
  accountSid: string;
  authToken: string;
}

/**
 * Credentials in the OS keychain (keytar, service "Lobbykey", one entry per
 * accountSid). The token leaves this module only towards the QR Master
 * client.
 */
export interface CredentialStore {
  /** Whether a keychain backend answers; probed without writing a secret. */
  availability(): Promise<'available' | 'unavailable'>;
  /**
   * Replaces any saved credentials. Throws AppFailure
   * `credential-storage-unavailable` when no keychain backend works; nothing
   * is written anywhere then.
   */
  save(credentials: Credentials): Promise<void>;
  read(): Promise<Credentials | null>;
  /** The saved accountSid without reading the token, or null. */
  savedAccountSid(): Promise<string | null>;
  delete(): Promise<void>;
  hasAny(): Promise<boolean>;
}
