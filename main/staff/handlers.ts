import { createCardHandlers } from './card-handlers';
import { createStaffContext } from './context';
import { issueGroup } from './group-issue';
import { createImportHandler } from './import-handler';
import { createOutboxAuditHandlers } from './outbox-audit-handlers';
import { createReservationHandlers } from './reservation-handlers';
import { createSessionHandlers, openSessionChannels } from './session-handlers';
import { createSettingsHandlers } from './settings-handlers';
import { createStaffSession, gateHandlers } from './session';
import type { StaffChannel, StaffDeps, StaffHandlers } from './types';

/**
 * Builds the handlers of every staff channel. All but PIN status, first
 * PIN, unlock and lock run only while the staff session is open, which
 * locks itself after `staffIdleLockMinutes` without a staff call.
 */
export function createStaffHandlers(deps: StaffDeps): StaffHandlers {
  const session = createStaffSession({
    now: () => deps.now(),
    idleLockMs: () => deps.settings.get().staffIdleLockMinutes * 60_000,
    onIdleLock: () => context.audit('staff.locked', 'idle'),
  });
  const context = createStaffContext(deps, session);

  const handlers: StaffHandlers = {
    ...createSessionHandlers(context),
    ...createSettingsHandlers(context),
    ...createReservationHandlers(context),
    ...createImportHandler(context),
    ...createCardHandlers(context),
    'cards:group-issue': (request) => issueGroup(context, request),
    ...createOutboxAuditHandlers(context),
  };
  return gateHandlers(
    handlers,
    session,
    openSessionChannels as ReadonlySet<StaffChannel>,
  );
}
