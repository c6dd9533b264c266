import { expect, test } from './fixtures/host';
import {
  STAFF_PIN,
  createPinAndUnlock,
  expectNoSeriousAxeViolations,
  openStaffArea,
  screenshotBoth,
  tapPin,
} from './staff-support';

test('first start sets the PIN twice and opens staff', async ({
  page,
  host,
}) => {
  await openStaffArea(page, host);
  await expect(page.getByText('No staff PIN is set yet')).toBeVisible();
  await screenshotBoth(page, 'pin-create');
  await expectNoSeriousAxeViolations(page);

  await createPinAndUnlock(page);

  await expect(page.getByTestId('staff-desk')).toBeVisible();
});

test('differing PINs at set-up start over', async ({ page, host }) => {
  await openStaffArea(page, host);

  await tapPin(page, '111111');
  await tapPin(page, '222222');

  await expect(page.getByText('The two PINs differ')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Choose a staff PIN' }),
  ).toBeVisible();
});

test('the pad masks the digits it is given', async ({ page, host }) => {
  await openStaffArea(page, host);
  const pad = page.getByTestId('staff-pin-pad');

  for (const digit of '2468') {
    await pad.getByRole('button', { name: digit, exact: true }).click();
  }

  await expect(page.getByTestId('staff-pin-dots')).toHaveAccessibleName(
    '4 digits entered',
  );
  await expect(page.locator('.staff-pin__dots .is-filled')).toHaveCount(4);
  await expect(pad).not.toContainText('2468');
  await expect(pad.getByRole('button', { name: 'OK' })).toBeDisabled();
});

test('wrong PINs lock the pad, which reopens itself', async ({
  page,
  host,
}) => {
  test.setTimeout(150_000);
  await openStaffArea(page, host);
  await createPinAndUnlock(page);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();

  for (let attempt = 1; attempt <= 4; attempt++) {
    await tapPin(page, '999999');
    await expect(page.getByRole('alert')).toContainText(
      `${5 - attempt} ${5 - attempt === 1 ? 'try' : 'tries'} left`,
    );
  }
  await tapPin(page, '999999');

  const lockout = page.getByTestId('staff-pin-lockout');
  await expect(lockout).toContainText('The pad opens again in');
  await expect(
    page
      .getByTestId('staff-pin-pad')
      .getByRole('button', { name: '1', exact: true }),
  ).toBeDisabled();
  await screenshotBoth(page, 'pin-lockout');

  // The lock lasts one minute; the pad opens by itself once it has passed.
  await expect(lockout).toBeHidden({ timeout: 75_000 });
  await tapPin(page, STAFF_PIN);
  await expect(page.getByTestId('staff-desk')).toBeVisible();
});
