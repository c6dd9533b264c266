import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { expect, type Page } from '@playwright/test';

/** Demo bookings the services seed (see main/app/demo-bookings.ts). */
export const demoGuest = {
  code: 'DEMO1001',
  surname: 'Wang',
  guestName: 'Li Wang',
  room: '101',
  phoneDigits: '8000',
} as const;
export const notYetArrived = { code: 'DEMO1004', surname: 'Sato' } as const;

// CI keeps test-results/ as an artifact; LOBBYKEY_SCREENSHOT_DIR moves the
// screenshots elsewhere, out of reach of other runs that clear test-results/.
const screenshotDir =
  process.env.LOBBYKEY_SCREENSHOT_DIR ??
  path.resolve(import.meta.dirname, '../../../test-results/screenshots');

/** Saves a screenshot as `<screenshot folder>/<name>.png`. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

/** Types on the on-screen keyboard, one key at a time. */
export async function typeOnKeyboard(page: Page, text: string): Promise<void> {
  for (const char of text.toUpperCase()) {
    await page.locator(`.hg-button[data-skbtn="${char}"]`).first().click();
  }
}

/** Types digits on the on-screen keypad. */
export async function typeOnKeypad(page: Page, digits: string): Promise<void> {
  const keypad = page.getByRole('group', { name: /keypad|数字键盘/i });
  for (const digit of digits) {
    await keypad.getByRole('button', { name: digit, exact: true }).click();
  }
}

/** Welcome to the booking search. */
export async function startSession(page: Page): Promise<void> {
  await page.getByTestId('start-button').click();
  await expect(page.getByTestId('screen-find')).toBeVisible();
}

/** Finds a booking by code and surname and lands on the confirm screen. */
export async function findByCode(
  page: Page,
  code: string,
  surname: string,
): Promise<void> {
  await typeOnKeyboard(page, code);
  await page.getByTestId('find-next').click();
  await expect(page.getByTestId('screen-verify')).toBeVisible();
  await typeOnKeyboard(page, surname);
  await page.getByTestId('verify-submit').click();
}

/** From welcome to the delivery screen for the demo guest. */
export async function reachDelivery(page: Page): Promise<void> {
  await startSession(page);
  await findByCode(page, demoGuest.code, demoGuest.surname);
  await expect(page.getByTestId('screen-confirm')).toBeVisible();
  await page.getByTestId('confirm-yes').click();
  await expect(page.getByTestId('screen-delivery')).toBeVisible();
}

/** Sets the SMS switch to the wanted state. */
export async function setSms(page: Page, on: boolean): Promise<void> {
  const toggle = page.getByTestId('sms-switch');
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) {
    await toggle.click();
  }
  await expect(toggle).toHaveAttribute('aria-checked', String(on));
}
