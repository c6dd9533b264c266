import type { Settings } from '../../preload/contract';

/** Non-secret settings in `<dataDir>/settings.json`, written atomically. */
export interface SettingsStore {
  get(): Settings;
  /**
   * Validates the merged result and writes it. Throws AppFailure
   * `invalid-request` naming the field and the allowed values; the stored
   * file is unchanged then.
   */
  update(patch: Partial<Settings>): Settings;
  /** Set when the file was corrupt or invalid at start and defaults apply. */
  notice(): string | undefined;
}

/** The staff PIN, stored only as a salted scrypt hash. */
export interface StaffPin {
  isSet(): boolean;
  /** Throws AppFailure `pin-already-set` when a PIN exists. */
  setInitial(pin: string): Promise<void>;
  /**
   * Resolves when the PIN matches. Throws AppFailure `pin-wrong` (with
   * attemptsLeft) or `pin-locked` (with retryAfterMs). Five wrong tries lock
   * for one minute, doubling after each further lockout.
   */
  verify(pin: string): Promise<void>;
  /** Verifies `current` as above, then stores `next`. */
  change(current: string, next: string): Promise<void>;
  /** ISO instant until which entry is locked, or null. */
  lockedUntil(): string | null;
}
