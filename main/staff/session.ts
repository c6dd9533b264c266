import { AppFailure } from '../errors';
import { createLogger } from '../logging/logger';

const log = createLogger('staff');

/**
 * The one staff session of this kiosk, kept in main so that the renderer
 * gets no token. It locks itself once `idleLockMs()` passes without a staff
 * call.
 */
export interface StaffSession {
  open(): void;
  /** Locks the session; `reason` goes to the log. */
  close(reason: 'manual' | 'idle' | 'pin-changed'): void;
  /** Whether the session is open now; locks it first when it idled out. */
  isOpen(): boolean;
  /**
   * Throws AppFailure `staff-locked` unless the session is open, and
   * records the call as activity.
   */
  requireOpen(): void;
}

export interface StaffSessionOptions {
  now(): Date;
  /** Read on every check, so a settings change applies at once. */
  idleLockMs(): number;
  /** Called once when the session locks itself for idleness. */
  onIdleLock(): void;
}

export function createStaffSession(options: StaffSessionOptions): StaffSession {
  let lastActivityMs: number | null = null;

  function close(reason: 'manual' | 'idle' | 'pin-changed'): void {
    if (lastActivityMs === null) return;
    lastActivityMs = null;
    log.info(`staff session locked (${reason})`);
  }

  function isOpen(): boolean {
    if (lastActivityMs === null) return false;

    const idleMs = options.now().getTime() - lastActivityMs;
    if (idleMs < options.idleLockMs()) return true;

    close('idle');
    options.onIdleLock();
    return false;
  }

  return {
    open() {
      lastActivityMs = options.now().getTime();
      log.info('staff session opened');
    },
    close,
    isOpen,
    requireOpen() {
      if (!isOpen()) {
        throw new AppFailure({
          code: 'staff-locked',
          message: 'The staff area is locked; unlock it with the staff PIN.',
        });
      }
      lastActivityMs = options.now().getTime();
    },
  };
}

type AnyHandler = (request: never) => Promise<unknown>;

/**
 * Wraps every handler except those in `openChannels` so that it runs only
 * while the staff session is open, and otherwise throws `staff-locked`.
 */
export function gateHandlers<H extends Record<keyof H, AnyHandler>>(
  handlers: H,
  session: StaffSession,
  openChannels: ReadonlySet<keyof H>,
): H {
  const gated: Partial<Record<keyof H, AnyHandler>> = {};

  for (const name of Object.keys(handlers) as Array<keyof H>) {
    const handler: AnyHandler = handlers[name];
    gated[name] = openChannels.has(name)
      ? handler
      : async (request: never) => {
          session.requireOpen();
          return handler(request);
        };
  }
  return gated as H;
}
