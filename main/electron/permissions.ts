import type { Session } from 'electron';

import { createLogger } from '../logging/logger';

const log = createLogger('permissions');

/**
 * Denies every permission request and check (camera, notifications,
 * geolocation, media, and the rest): the kiosk needs none of them.
 */
export function denyAllPermissions(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler'
  >,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}
