import type { LobbykeyApi } from '../../preload/contract';
import { expect, test } from './fixtures/host';
import {
  STAFF_PIN,
  createPinAndUnlock,
  holdStaffCorner,
  openStaffArea,
  openUnlockedStaff,
  screenshotBoth,
  showTab,
  tapPin,
} from './staff-support';

// page.evaluate runs in the page, where the app's API is on window.
type PageGlobal = { lobbykey: LobbykeyApi };

test('a lock in main returns the area to the pad', async ({ page, host }) => {
  await openUnlockedStaff(page, host);

  await page.evaluate(() =>
    (globalThis as unknown as PageGlobal).lobbykey.staff.lock({}),
  );
  // The next staff call gets `staff-locked`. A list still loading may be
  // that call, or else the Outbox tab's list is.
  const pad = page.getByTestId('staff-pin-pad');
  const outboxTab = page
    .getByRole('navigation', { name: 'Staff screens' })
    .getByRole('button', { name: 'Outbox' });
  await expect(async () => {
    // The pad may replace the tabs between the check and the click, so the
    // click gets a short timeout and the loop looks at the pad again.
    if (!(await pad.isVisible())) {
      await outboxTab.click({ timeout: 2_000 }).catch(() => undefined);
    }
    await expect(pad).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText('The staff session ended.')).toBeVisible();
  await tapPin(page, STAFF_PIN);
  await expect(
    page.getByRole('navigation', { name: 'Staff screens' }),
  ).toBeVisible();
});

test('the area locks itself after the idle minutes', async ({ page, host }) => {
  test.setTimeout(150_000);
  await openUnlockedStaff(page, host);
  await showTab(page, 'Setup');
  await page.getByLabel('Staff area idle lock (minutes)').fill('1');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  // The idle time applies from the next unlock.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await tapPin(page, STAFF_PIN);
  await expect(page.getByTestId('staff-desk')).toBeVisible();

  await expect(page.getByTestId('staff-pin-pad')).toBeVisible({
    timeout: 75_000,
  });
  await expect(
    page.getByText('The staff area locked itself after a while without use.'),
  ).toBeVisible();
  const status = await page.evaluate(() =>
    (globalThis as unknown as PageGlobal).lobbykey.staff.getPinStatus({}),
  );
  expect(status.ok).toBe(true);
  expect(status.ok ? status.value.unlocked : null).toBe(false);
});

test('leaving the area locks it in main', async ({ page, host }) => {
  await openUnlockedStaff(page, host);

  await page.getByRole('button', { name: 'Back to guest screen' }).click();

  await expect(page.getByTestId('staff-area')).toBeHidden();
  const status = await page.evaluate(() =>
    (globalThis as unknown as PageGlobal).lobbykey.staff.getPinStatus({}),
  );
  expect(status.ok).toBe(true);
  expect(status.ok ? status.value.unlocked : null).toBe(false);
});

test('staff screens follow the chosen Chinese', async ({ page, host }) => {
  await openStaffArea(page, host);
  await createPinAndUnlock(page);
  await page.getByRole('button', { name: 'Back to guest screen' }).click();
  await page.getByRole('button', { name: '中文' }).click();

  await holdStaffCorner(page);
  await expect(
    page.getByRole('heading', { name: '请输入员工 PIN' }),
  ).toBeVisible();
  await tapPin(page, STAFF_PIN, '确定');
  await expect(
    page.getByRole('navigation', { name: '员工页面' }),
  ).toBeVisible();
  await screenshotBoth(page, 'desk-zh');
});

test('on-screen keyboard types into the search field', async ({
  page,
  host,
}) => {
  await openUnlockedStaff(page, host);
  await page.getByRole('button', { name: 'Keyboard' }).click();
  await page
    .getByRole('button', { name: 'Search', exact: true })
    .first()
    .click();
  const search = page.getByLabel('Name, confirmation code or room');
  await search.click();

  const keyboard = page.getByRole('group', { name: 'On-screen keyboard' });
  // react-simple-keyboard renders its keys as elements named by data-skbtn.
  const keys = ['{shift}', 'D', 'E', 'M', 'O', '{shift}', '1', '0', '0', '2'];
  for (const key of keys) {
    await keyboard.locator(`[data-skbtn="${key}"]`).click();
  }
  await expect(search).toHaveValue('DEMO1002');
  await keyboard.locator('[data-skbtn="{bksp}"]').click();
  await expect(search).toHaveValue('DEMO100');
  await screenshotBoth(page, 'keyboard');
});
