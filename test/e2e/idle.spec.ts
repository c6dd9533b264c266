import type { Page } from '@playwright/test';

import { expect, openKiosk, test } from './fixtures/host';
import { demoGuest, findByCode, startSession } from './support/guest-flow';

const IDLE_TIMEOUT_MS = 60_000;
const WARNING_MS = 15_000;

/** Fails when the guest's name, code or room shows anywhere in the page. */
async function expectNoTraceOfGuest(page: Page): Promise<void> {
  const html = await page.content();
  const text = await page.locator('body').innerText();
  expect(html).not.toContain(demoGuest.guestName);
  expect(html).not.toContain(demoGuest.surname);
  expect(html.toUpperCase()).not.toContain(demoGuest.code);
  expect(text).not.toContain(demoGuest.room);
}

/** Opens the kiosk under a fake clock and finds the demo guest's stay. */
async function reachConfirmWithFakeClock(
  page: Page,
  hostUrl: string,
): Promise<void> {
  await page.clock.install();
  await openKiosk(page, hostUrl);
  await startSession(page);
  await findByCode(page, demoGuest.code, demoGuest.surname);
  await expect(page.getByTestId('screen-confirm')).toBeVisible();
}

test('idle reset mid-flow leaves no trace of the guest', async ({
  page,
  host,
}) => {
  await page.clock.install();
  await openKiosk(page, host.hostUrl);
  await startSession(page);
  await findByCode(page, demoGuest.code, demoGuest.surname);
  await expect(page.getByTestId('stay-guest')).toHaveText(demoGuest.guestName);

  await page.clock.fastForward(IDLE_TIMEOUT_MS);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await expect(page.getByTestId('idle-warning')).toContainText('Still there?');
  await page.clock.fastForward(WARNING_MS);

  await expect(page.getByTestId('screen-welcome')).toBeVisible();
  await expectNoTraceOfGuest(page);

  await startSession(page);
  await expect(page.getByTestId('code-input')).toHaveValue('');
  await expectNoTraceOfGuest(page);
  await page.getByTestId('method-phone').click();
  await expect(page.getByTestId('lookup-phone-input')).toHaveValue('');
  await expectNoTraceOfGuest(page);
});

test('a touch on the warning keeps the session', async ({ page, host }) => {
  await reachConfirmWithFakeClock(page, host.hostUrl);

  await page.clock.fastForward(IDLE_TIMEOUT_MS);
  await page.getByTestId('idle-stay').click();
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await page.clock.fastForward(WARNING_MS);

  await expect(page.getByTestId('stay-guest')).toHaveText(demoGuest.guestName);
});

test('start over now on the warning resets at once', async ({ page, host }) => {
  await reachConfirmWithFakeClock(page, host.hostUrl);

  await page.clock.fastForward(IDLE_TIMEOUT_MS);
  await page.getByTestId('idle-leave').click();

  await expect(page.getByTestId('screen-welcome')).toBeVisible();
  await expectNoTraceOfGuest(page);
});

test('key screen returns to welcome after its countdown', async ({
  page,
  host,
}) => {
  await reachConfirmWithFakeClock(page, host.hostUrl);
  await page.getByTestId('confirm-yes').click();
  await page.getByTestId('issue-button').click();
  await expect(page.getByTestId('key-countdown')).toContainText('1:00');

  await page.clock.fastForward(61_000);

  await expect(page.getByTestId('screen-welcome')).toBeVisible();
  await expectNoTraceOfGuest(page);
});
