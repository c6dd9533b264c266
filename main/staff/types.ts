import type { Channel } from '../../preload/contract';
import type { CardService, OutboxWorker } from '../checkin/types';
import type { CredentialStore } from '../credentials/types';
import type { Handlers } from '../ipc/dispatch';
import type { QrMasterApi } from '../qrmaster/types';
import type { SettingsStore, StaffPin } from '../settings/types';
import type { EventSink } from '../app/types';
import type { Storage } from '../storage/types';

/** Channels served by the staff area (all but app:* and checkin:*). */
export type StaffChannel = Exclude<
  Channel,
  `app:${string}` | `checkin:${string}`
>;

export type StaffHandlers = Pick<Handlers, StaffChannel>;

/** Dependencies the staff handlers get from the services root. */
export interface StaffDeps {
  storage: Storage;
  settings: SettingsStore;
  pin: StaffPin;
  credentials: CredentialStore;
  cards: CardService;
  outbox: OutboxWorker;
  /** The QR Master client in use now (live or demo), or null when none. */
  api(): QrMasterApi | null;
  /**
   * Rebuilds the client and demo state after credentials, the API URL,
   * the community or the operating mode changed.
   */
  reconfigure(): Promise<void>;
  emit: EventSink;
  /** Lifts the guest lookup's slow-down and lock. */
  clearLookupLock(): void;
  now(): Date;
  /** Sent in the User-Agent of the connection-test client. */
  appVersion?: string;
}
