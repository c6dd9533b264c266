import type { App } from 'electron';

import { createLogger } from '../logging/logger';
import { describeUrl } from './navigation';

const log = createLogger('app-guards');

/**
 * Guards that apply to the whole app: certificate errors are never
 * trusted, and every web contents Electron creates (including any the
 * kiosk window did not ask for) is denied webviews and new windows.
 */
export function guardApp(app: Pick<App, 'on'>): void {
  app.on(
    'certificate-error',
    (_event, _contents, url, error, _certificate, callback) => {
      // Not calling preventDefault keeps Chromium's own rejection as well.
      callback(false);
      log.error(`rejected certificate for ${describeUrl(url)}: ${error}`);
    },
  );

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (attach) => {
      attach.preventDefault();
      log.warn('blocked a webview');
    });
    contents.setWindowOpenHandler((details) => {
      log.warn(`denied a new window for ${describeUrl(details.url)}`);
      return { action: 'deny' };
    });
  });
}

/**
 * Sets the process-wide switches; call it before the app is ready. Every
 * renderer is sandboxed, whatever a window asks for, and Chromium's pinch
 * zoom is off, which backs up the per-page zoom lock on touch screens.
 */
export function hardenChromium(
  app: Pick<App, 'enableSandbox'> & {
    commandLine: Pick<App['commandLine'], 'appendSwitch'>;
  },
): void {
  app.enableSandbox();
  app.commandLine.appendSwitch('disable-pinch');
}
