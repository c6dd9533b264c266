import { isAppFailure, AppFailure } from '../errors';
import type { StaffContext } from './context';
import type { StaffHandlers } from './types';

type SessionChannel =
  | 'staff:get-pin-status'
  | 'staff:set-initial-pin'
  | 'staff:unlock'
  | 'staff:lock'
  | 'staff:touch'
  | 'staff:clear-lookup-lock'
  | 'staff:change-pin';

/** Channels that work while the staff session is locked. */
export const openSessionChannels: ReadonlySet<string> = new Set<string>([
  'staff:get-pin-status',
  'staff:set-initial-pin',
  'staff:unlock',
  'staff:lock',
]);

function idleLockSeconds(context: StaffContext): number {
  return context.deps.settings.get().staffIdleLockMinutes * 60;
}

/** Runs a PIN check and records its failure code under `action`. */
async function auditingFailure(
  context: StaffContext,
  action: string,
  check: () => Promise<void>,
): Promise<void> {
  try {
    await check();
  } catch (error) {
    if (isAppFailure(error)) context.audit(action, error.detail.code);
    throw error;
  }
}

function requirePinSet(context: StaffContext): void {
  if (context.deps.pin.isSet()) return;
  throw new AppFailure({
    code: 'pin-not-set',
    message: 'No staff PIN is set yet; set one first.',
  });
}

/** Creates the staff:* handlers: PIN status, unlock, lock, activity, PIN. */
export function createSessionHandlers(
  context: StaffContext,
): Pick<StaffHandlers, SessionChannel> {
  const { pin } = context.deps;

  return {
    'staff:get-pin-status': () =>
      Promise.resolve({
        pinSet: pin.isSet(),
        unlocked: context.session.isOpen(),
        lockedUntil: pin.lockedUntil(),
      }),

    // A first PIN opens the session, so setup continues without asking
    // for the PIN that was just typed.
    'staff:set-initial-pin': async (request) => {
      await pin.setInitial(request.pin);
      context.session.open();
      context.audit('staff.pin-set');
      return {};
    },

    'staff:unlock': async (request) => {
      requirePinSet(context);
      await auditingFailure(context, 'staff.unlock-failed', () =>
        pin.verify(request.pin),
      );

      context.session.open();
      context.audit('staff.unlocked');
      return { idleLockSeconds: idleLockSeconds(context) };
    },

    'staff:lock': () => {
      if (context.session.isOpen()) {
        context.session.close('manual');
        context.audit('staff.locked', 'manual');
      }
      return Promise.resolve({});
    },

    // The gate already recorded the activity.
    'staff:touch': () => Promise.resolve({}),

    'staff:clear-lookup-lock': () => {
      context.deps.clearLookupLock();
      context.audit('staff.lookup-lock-cleared');
      return Promise.resolve({});
    },

    'staff:change-pin': async (request) => {
      await auditingFailure(context, 'staff.pin-change-failed', () =>
        pin.change(request.currentPin, request.newPin),
      );
      context.audit('staff.pin-changed');
      return {};
    },
  };
}
