import type { EventName, EventPayloadOf } from '../../preload/contract';
import type { CredentialStore } from '../credentials/types';
import type { Handlers } from '../ipc/dispatch';

export type EventSink = <E extends EventName>(
  event: E,
  payload: EventPayloadOf<E>,
) => void;

export interface StartServicesOptions {
  /** Data folder: settings, database, logs. LOBBYKEY_DATA_DIR wins when set. */
  dataDir: string;
  appVersion: string;
  /** Receives every event main pushes to the renderer. */
  onEvent: EventSink;
  /**
   * Fixed port for the demo simulator; 0 or unset picks a free one
   * (LOBBYKEY_SIMULATOR_PORT overrides).
   */
  simulatorPort?: number;
  /**
   * Credential store to use in place of the OS keychain, for hosts and
   * tests that have no Secret Service; the keychain store when unset.
   */
  credentials?: CredentialStore;
}

/** Everything main runs, independent of Electron: built by startServices. */
export interface AppServices {
  /** One handler per contract channel. */
  handlers: Handlers;
  /** Whether the app runs against the built-in simulator. */
  demo: boolean;
  /** Base URL of the demo simulator, when demo is true. */
  simulatorUrl: string | null;
  /** Checks the staff PIN for leaving kiosk mode or quitting. */
  verifyStaffPin(pin: string): Promise<void>;
  /** Whether a guest request is in flight (updates wait for idle). */
  isBusy(): boolean;
  stop(): Promise<void>;
}
