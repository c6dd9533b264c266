import type { WebContents } from 'electron';

import { createLogger } from '../logging/logger';
import { isAppUrl, type AppOrigin } from './app-origin';

const log = createLogger('navigation');

interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

/**
 * Blocks every navigation, redirect and sub-frame navigation that leaves
 * the app, including a file dropped on the window (Chromium turns a drop
 * into a navigation to the file's URL), and denies every new window.
 */
export function blockForeignNavigation(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  appOrigin: AppOrigin,
): void {
  const guard = (name: string) => (event: NavigationEvent) => {
    if (isAppUrl(event.url, appOrigin)) return;

    event.preventDefault();
    log.warn(`blocked ${name} to ${describeUrl(event.url)}`);
  };

  contents.on('will-navigate', guard('will-navigate'));
  contents.on('will-redirect', guard('will-redirect'));
  contents.on('will-frame-navigate', guard('will-frame-navigate'));

  contents.setWindowOpenHandler((details) => {
    log.warn(`denied a new window for ${describeUrl(details.url)}`);
    return { action: 'deny' };
  });
}

/** Shortens a URL for a log line: scheme, host and path, no query. */
export function describeUrl(candidate: string): string {
  try {
    const url = new URL(candidate);
    return `${url.protocol}//${url.host}${url.pathname}`.slice(0, 200);
  } catch {
    return JSON.stringify(candidate.slice(0, 80));
  }
}
