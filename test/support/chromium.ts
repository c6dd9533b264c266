import type { LaunchOptions } from '@playwright/test';

/**
 * Launch options for the system Chromium (Debian's `chromium` package).
 * Playwright never downloads a browser of its own for this project; set
 * LOBBYKEY_CHROMIUM to use another executable.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: process.env.LOBBYKEY_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-gpu',
    ],
  };
}
