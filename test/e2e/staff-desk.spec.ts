import type { Page } from '@playwright/test';

import {
  addSimulatorFault,
  expect,
  simulatorRequests,
  test,
} from './fixtures/host';
import {
  expectNoSeriousAxeViolations,
  openUnlockedStaff,
  screenshotBoth,
} from './staff-support';

async function cardCalls(simulatorUrl: string, action: string) {
  const requests = await simulatorRequests(simulatorUrl);
  return requests.filter((r) => r.action === action);
}

async function openReservation(page: Page, name: string) {
  await page
    .getByTestId('staff-reservations')
    .getByRole('button', { name })
    .click();
  await expect(page.getByTestId('staff-reservation-panel')).toContainText(name);
}

/** Issues a card from the open panel and returns its card number. */
async function issueCard(page: Page, sendSms: boolean) {
  const form = page.getByTestId('staff-issue-form');
  await form.getByLabel('Text the key link').setChecked(sendSms);
  await form.getByRole('button', { name: 'Issue card' }).click();

  const qr = page.getByTestId('staff-qr');
  await expect(qr.getByRole('img')).toBeVisible();
  const cardNo = (await qr.locator('dd').first().textContent()) ?? '';
  expect(cardNo).toMatch(/^[A-Za-z0-9]{16}$/);
  return cardNo;
}

async function confirmDialog(page: Page, button: string) {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: button }).click();
  await expect(dialog).toBeHidden();
}

test('arrivals list today’s demo bookings', async ({ page, host }) => {
  await openUnlockedStaff(page, host);

  const list = page.getByTestId('staff-reservations');
  await expect(list.getByRole('button', { name: 'Li Wang' })).toBeVisible();
  await expect(list.getByRole('button', { name: 'Anna Müller' })).toBeVisible();
  await screenshotBoth(page, 'desk');
  await expectNoSeriousAxeViolations(page);
});

test('search finds a booking by confirmation code', async ({ page, host }) => {
  await openUnlockedStaff(page, host);

  await page
    .getByRole('button', { name: 'Search', exact: true })
    .first()
    .click();
  await page.getByLabel('Name, confirmation code or room').fill('DEMO1002');
  await page
    .getByRole('search')
    .getByRole('button', { name: 'Search' })
    .click();

  const list = page.getByTestId('staff-reservations');
  await expect(list.getByRole('button', { name: 'Anna Müller' })).toBeVisible();
  await expect(list.getByRole('button', { name: 'Li Wang' })).toBeHidden();
});

test('issue with SMS, then cancel after confirming', async ({ page, host }) => {
  await openUnlockedStaff(page, host);
  await openReservation(page, 'Li Wang');

  const cardNo = await issueCard(page, true);
  const links = await cardCalls(host.simulatorUrl, 'getLink');
  expect(links).toHaveLength(1);
  expect(String(links[0]!.fields.sendSms)).toBe('1');
  await screenshotBoth(page, 'desk-card');
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: 'Cancel card' }).click();
  await expect(page.getByRole('dialog')).toContainText(
    'Cancel the card for room 101?',
  );
  await screenshotBoth(page, 'desk-confirm');
  await confirmDialog(page, 'Cancel card');

  await expect
    .poll(async () => (await cardCalls(host.simulatorUrl, 'cancelCard')).length)
    .toBe(1);
  const [cancel] = await cardCalls(host.simulatorUrl, 'cancelCard');
  expect(cancel!.fields.cardNo).toBe(cardNo);
  await expect(page.getByTestId('staff-issue-form')).toBeVisible();
});

test('keeping the card sends no cancelCard', async ({ page, host }) => {
  await openUnlockedStaff(page, host);
  await openReservation(page, 'Li Wang');
  await issueCard(page, false);

  await page.getByRole('button', { name: 'Cancel card' }).click();
  await confirmDialog(page, 'Keep');

  await expect(page.getByTestId('staff-card-actions')).toBeVisible();
  expect(await cardCalls(host.simulatorUrl, 'cancelCard')).toHaveLength(0);
});

for (const { button, wholeRoom } of [
  { button: 'Report lost: whole room', wholeRoom: '1' },
  { button: 'Report this card lost', wholeRoom: '0' },
]) {
  test(`report lost sends wholeRoom ${wholeRoom}`, async ({ page, host }) => {
    await openUnlockedStaff(page, host);
    await openReservation(page, 'Anna Müller');
    const cardNo = await issueCard(page, false);

    await page.getByRole('button', { name: button }).click();
    await confirmDialog(page, button);

    await expect
      .poll(
        async () => (await cardCalls(host.simulatorUrl, 'reportLost')).length,
      )
      .toBe(1);
    const [lost] = await cardCalls(host.simulatorUrl, 'reportLost');
    expect(lost!.fields.cardNo).toBe(cardNo);
    expect(String(lost!.fields.wholeRoom)).toBe(wholeRoom);
  });
}

test('send again makes an SMS card and ends the old', async ({
  page,
  host,
}) => {
  await openUnlockedStaff(page, host);
  await openReservation(page, 'Li Wang');
  const firstCardNo = await issueCard(page, false);

  await page.getByRole('button', { name: 'Send again by SMS' }).click();
  await confirmDialog(page, 'Send again by SMS');

  await expect
    .poll(async () => (await cardCalls(host.simulatorUrl, 'getLink')).length)
    .toBe(2);
  const links = await cardCalls(host.simulatorUrl, 'getLink');
  expect(String(links[0]!.fields.sendSms)).toBe('0');
  expect(String(links[1]!.fields.sendSms)).toBe('1');
  await expect
    .poll(async () => (await cardCalls(host.simulatorUrl, 'cancelCard')).length)
    .toBe(1);
  const [cancel] = await cardCalls(host.simulatorUrl, 'cancelCard');
  expect(cancel!.fields.cardNo).toBe(firstCardNo);
});

test('extend stay issues a card ending at the new date', async ({
  page,
  host,
}) => {
  await openUnlockedStaff(page, host);
  await openReservation(page, 'Li Wang');
  await issueCard(page, false);

  await page.getByRole('button', { name: 'Extend stay' }).click();
  const form = page.getByTestId('staff-extend-form');
  const current = await form.getByLabel('New departure date').inputValue();
  const later = new Date(`${current}T00:00:00Z`);
  later.setUTCDate(later.getUTCDate() + 3);
  const newDate = later.toISOString().slice(0, 10);
  await form.getByLabel('New departure date').fill(newDate);
  await form.getByLabel('New departure time').fill('11:30');
  await form.getByRole('button', { name: 'Extend stay' }).click();
  await confirmDialog(page, 'Extend stay');

  await expect
    .poll(async () => (await cardCalls(host.simulatorUrl, 'getLink')).length)
    .toBe(2);
  const links = await cardCalls(host.simulatorUrl, 'getLink');
  // yyMMddHHmm in the community zone, which is the property zone here.
  const expectedEnd = `${newDate.slice(2).replaceAll('-', '')}1130`;
  expect(String(links[1]!.fields.endTime)).toBe(expectedEnd);
});

test('walk-in form creates a reservation', async ({ page, host }) => {
  await openUnlockedStaff(page, host);
  await page.getByRole('button', { name: 'New walk-in' }).click();
  const form = page.getByTestId('staff-walkin');
  await screenshotBoth(page, 'desk-walkin');
  await expectNoSeriousAxeViolations(page);

  await form.getByLabel('First name').fill('Mei');
  await form.getByLabel('Last name').fill('Chen');
  await form.getByLabel('Mobile number').fill('13900139000');
  await form.getByLabel('Building (optional)').fill('1');
  await form.getByLabel('Floor (optional)').fill('2');
  await form.getByLabel('Room', { exact: true }).fill('202');
  await form.getByRole('button', { name: 'Create reservation' }).click();

  const panel = page.getByTestId('staff-reservation-panel');
  await expect(panel).toContainText('Mei Chen');
  await expect(panel).not.toContainText('13900139000');
});

test('walk-in shows a rejected field next to it', async ({ page, host }) => {
  await openUnlockedStaff(page, host);
  await page.getByRole('button', { name: 'New walk-in' }).click();
  const form = page.getByTestId('staff-walkin');

  await form.getByLabel('Last name').fill('Chen');
  await form.getByLabel('Room', { exact: true }).fill('202');
  await form.getByRole('button', { name: 'Create reservation' }).click();

  const firstName = form.getByLabel('First name');
  await expect(firstName).toHaveAttribute('aria-invalid', 'true');
  await expect(firstName).toHaveAccessibleDescription(/.+/);
});

test('a lost getLink answer warns the card may exist', async ({
  page,
  host,
}) => {
  await openUnlockedStaff(page, host);
  await addSimulatorFault(host.simulatorUrl, {
    action: 'getLink',
    kind: 'reset',
  });
  await openReservation(page, 'Li Wang');

  const form = page.getByTestId('staff-issue-form');
  await form.getByLabel('Text the key link').setChecked(false);
  await form.getByRole('button', { name: 'Issue card' }).click();

  const alert = form.locator('[data-error-code]');
  await expect(alert).toHaveAttribute('data-error-code', 'outcome-unknown');
  await expect(alert).toContainText('Check the card list before issuing again');
});
