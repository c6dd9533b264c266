import type { Page } from '@playwright/test';

import { expect, openKiosk, test } from './fixtures/host';

test.use({ hasTouch: true });

async function pageScale(page: Page): Promise<number> {
  return page.evaluate(() => window.visualViewport?.scale ?? 0);
}

test('ctrl+wheel does not zoom', async ({ page, host }) => {
  await openKiosk(page, host.hostUrl);
  await page.mouse.move(540, 960);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -800);
  await page.keyboard.up('Control');

  expect(await pageScale(page)).toBe(1);
});

test('ctrl+plus does not zoom', async ({ page, host }) => {
  await openKiosk(page, host.hostUrl);
  await page.keyboard.press('Control+Equal');
  await page.keyboard.press('Control+Shift+Equal');

  expect(await pageScale(page)).toBe(1);
  expect(await page.evaluate(() => window.devicePixelRatio)).toBe(1);
});

test('pinch gesture does not zoom', async ({ page, host }) => {
  await openKiosk(page, host.hostUrl);
  const cdp = await page.context().newCDPSession(page);

  await cdp.send('Input.synthesizePinchGesture', {
    x: 540,
    y: 960,
    scaleFactor: 2.5,
    gestureSourceType: 'touch',
  });

  expect(await pageScale(page)).toBe(1);
});

test('double tap does not zoom', async ({ page, host }) => {
  await openKiosk(page, host.hostUrl);
  await page.touchscreen.tap(540, 400);
  await page.touchscreen.tap(540, 400);

  expect(await pageScale(page)).toBe(1);
});
