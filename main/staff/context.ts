import type { NewAuditRecord } from '../storage/types';
import type { StaffDeps } from './types';
import type { StaffSession } from './session';

/** Dependencies, session and audit helper shared by the handler groups. */
export interface StaffContext {
  deps: StaffDeps;
  session: StaffSession;
  /**
   * Records a staff action in the audit log. `detail` must never contain a
   * token, a PIN or a full phone number.
   */
  audit(
    action: string,
    detail?: string | null,
    refs?: Pick<Partial<NewAuditRecord>, 'reservationId' | 'cardNo' | 'room'>,
  ): void;
}

export function createStaffContext(
  deps: StaffDeps,
  session: StaffSession,
): StaffContext {
  return {
    deps,
    session,
    audit(action, detail = null, refs = {}) {
      deps.storage.audit.record({
        actor: 'staff',
        action,
        detail,
        reservationId: refs.reservationId ?? null,
        cardNo: refs.cardNo ?? null,
        room: refs.room ?? null,
        at: deps.now().toISOString(),
      });
    },
  };
}
