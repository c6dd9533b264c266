import type { WebContents } from 'electron';

import { createLogger } from '../logging/logger';
import { blockedShortcut, type InputPolicy } from './input';

const log = createLogger('shortcuts');

/**
 * Swallows the kiosk shortcuts (zoom, reload, devtools, close, full-screen,
 * hide) before they reach the page or an application menu.
 */
export function blockKioskShortcuts(
  contents: Pick<WebContents, 'on'>,
  platform: NodeJS.Platform,
  policy: InputPolicy,
): void {
  contents.on('before-input-event', (event, input) => {
    const kind = blockedShortcut(input, platform, policy);
    if (!kind) return;

    event.preventDefault();
    if (input.type === 'keyDown') {
      log.info(`blocked a ${kind} shortcut (${input.key})`);
    }
  });
}
