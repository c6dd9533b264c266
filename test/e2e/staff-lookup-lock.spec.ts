import type { Page } from '@playwright/test';

import type { LobbykeyApi } from '../../preload/contract';
import { expect, test } from './fixtures/host';
import { openUnlockedStaff, screenshotBoth } from './staff-support';

type PageGlobal = { lobbykey: LobbykeyApi };

/** Looks the first demo booking up with the given surname; returns the code. */
function lookUp(page: Page, surname: string): Promise<string> {
  return page.evaluate(async (name) => {
    const result = await (
      globalThis as unknown as PageGlobal
    ).lobbykey.checkin.lookup({
      booking: { by: 'code', code: 'DEMO1001' },
      secondFactor: { by: 'surname', surname: name },
    });
    return result.ok ? 'ok' : result.error.code;
  }, surname);
}

test('staff lift the guest lookup lock', async ({ page, host }) => {
  await openUnlockedStaff(page, host);
  for (let attempt = 0; attempt < 3; attempt++) {
    await lookUp(page, 'Nobody');
  }
  expect(await lookUp(page, 'Wang')).toBe('lookup-locked');

  await page.getByTestId('staff-clear-lookup-lock').click();

  await expect(
    page.getByText('Guests can look up their booking again.'),
  ).toBeVisible();
  expect(await lookUp(page, 'Wang')).toBe('ok');
  await screenshotBoth(page, 'status-lookup-cleared');
});
