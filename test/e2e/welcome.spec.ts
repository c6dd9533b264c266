import type { Page } from '@playwright/test';

import { expect, openKiosk, test } from './fixtures/host';
import { callHost } from './support/host-api';

/** Presses the hidden staff corner for `ms` of the page's fake clock. */
async function holdStaffCorner(page: Page, ms: number): Promise<void> {
  const corner = await page.getByTestId('staff-corner').boundingBox();
  if (!corner) throw new Error('staff corner has no box');

  await page.mouse.move(corner.x + 20, corner.y + 20);
  await page.mouse.down();
  await page.clock.fastForward(ms);
  await page.mouse.up();
}

test('welcome screen shows the demo badge', async ({ page, host }) => {
  await openKiosk(page, host.hostUrl);

  await expect(page.getByTestId('screen-welcome')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect(page.getByTestId('demo-badge')).toHaveText('Demo');
});

test('any touch on welcome starts a session', async ({ page, host }) => {
  await openKiosk(page, host.hostUrl);
  await page.mouse.click(500, 1700);

  await expect(page.getByTestId('screen-find')).toBeVisible();
});

test('language choice on welcome does not start', async ({ page, host }) => {
  await openKiosk(page, host.hostUrl);
  await page
    .getByTestId('screen-welcome')
    .getByTestId('language-zh-CN')
    .click();

  await expect(page.getByRole('heading', { name: '欢迎光临' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('long press on the corner opens the staff area', async ({
  page,
  host,
}) => {
  await page.clock.install();
  await openKiosk(page, host.hostUrl);
  await holdStaffCorner(page, 3100);

  await expect(page.getByTestId('staff-area')).toBeVisible();
});

test('short press on the corner does nothing', async ({ page, host }) => {
  await page.clock.install();
  await openKiosk(page, host.hostUrl);
  await holdStaffCorner(page, 1000);
  await page.clock.fastForward(3000);

  await expect(page.getByTestId('staff-area')).toHaveCount(0);
  await expect(page.getByTestId('screen-welcome')).toBeVisible();
});

test('help opens on every guest screen', async ({ page, host }) => {
  await openKiosk(page, host.hostUrl);
  await page.getByTestId('help-button').click();
  await expect(page.getByTestId('help-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help-panel')).toHaveCount(0);
  await expect(page.getByTestId('screen-welcome')).toBeVisible();
});

test('front-desk mode opens straight to the staff area', async ({
  page,
  host,
}) => {
  const pin = '135790';
  await callHost(host.hostUrl, 'staff:set-initial-pin', { pin });
  await callHost(host.hostUrl, 'staff:unlock', { pin });
  await callHost(host.hostUrl, 'settings:update', {
    patch: { mode: 'front-desk' },
  });
  await callHost(host.hostUrl, 'staff:lock', {});

  await openKiosk(page, host.hostUrl);

  await expect(page.getByTestId('staff-area')).toBeVisible();
  await expect(page.getByTestId('screen-welcome')).toHaveCount(0);
});
