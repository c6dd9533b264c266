import type { Page } from '@playwright/test';

import type { LobbykeyApi } from '../../preload/contract';

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
  showTab,
  todayAndTomorrow,
} from './staff-support';

const ROOMS = [
  { building: '1', floor: '1', room: '101' },
  { building: '1', floor: '1', room: '102' },
  { building: '1', floor: '1', room: 'R007' },
  { building: '1', floor: '2', room: '201' },
  { building: '1', floor: '2', room: '202' },
  { building: '2', floor: '1', room: '101' },
  { building: '2', floor: '6', room: 'C6-01' },
  { building: '2', floor: '6', room: 'C6-02' },
];

// page.evaluate runs in the page, where the app's API is on window.
type PageGlobal = { lobbykey: LobbykeyApi };

/** Adds `count` walk-ins arriving today through the page's own API. */
async function addArrivals(page: Page, count: number) {
  const { today, tomorrow } = await todayAndTomorrow(page);

  for (let i = 0; i < count; i++) {
    const place = ROOMS[i % ROOMS.length]!;
    const request = {
      firstName: `Guest${String(i + 1).padStart(2, '0')}`,
      lastName: 'Group',
      phone: `1390013${String(9000 + i)}`,
      ...place,
      arrivalDate: today,
      arrivalTime: '00:00',
      departureDate: tomorrow,
    };
    const result = await page.evaluate(
      (r) =>
        (globalThis as unknown as PageGlobal).lobbykey.reservations.create(r),
      request,
    );
    expect(result.ok, JSON.stringify(result)).toBe(true);
  }
}

test('group issue of 24+ reaches 100% with a row each', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await openUnlockedStaff(page, host);
  const list = page.getByTestId('staff-reservations');
  await expect(list.locator('tbody tr').first()).toBeVisible();
  const demoArrivals = await list.locator('tbody tr').count();
  const total = demoArrivals + 22;
  await addArrivals(page, 22);
  await showTab(page, 'Outbox');
  await showTab(page, 'Front desk');
  await expect(list.locator('tbody tr')).toHaveCount(total);
  await page.getByRole('button', { name: 'Group issue' }).click();
  const group = page.getByTestId('staff-group');
  await group.getByRole('button', { name: 'Select all listed' }).click();
  await group.getByLabel('Text the key link').setChecked(false);
  // Each getLink takes a little longer, so the bar has time to move.
  await addSimulatorFault(host.simulatorUrl, {
    action: 'getLink',
    kind: 'delay',
    ms: 150,
  });
  await group.getByRole('button', { name: `Issue ${total} cards` }).click();

  const progress = page.getByTestId('staff-group-progress');
  const seen: number[] = [];
  await expect
    .poll(
      async () => {
        const value = Number(await progress.getAttribute('aria-valuenow'));
        seen.push(value);
        return value;
      },
      { intervals: [50], timeout: 60_000 },
    )
    .toBe(100);
  await expect(progress).toHaveAttribute(
    'aria-valuetext',
    `${total} of ${total}`,
  );
  // Values between 0 and 100 come only from cards:group-progress events.
  expect(
    seen.some((value) => value > 0 && value < 100),
    seen.join(),
  ).toBe(true);
  const rows = page.getByTestId('staff-group-results').locator('tbody tr');
  await expect(rows).toHaveCount(total);
  await expect(rows.filter({ hasText: 'Issued, card' })).toHaveCount(total);
  const links = (await simulatorRequests(host.simulatorUrl)).filter(
    (r) => r.action === 'getLink',
  );
  expect(links).toHaveLength(total);
  await screenshotBoth(page, 'desk-group');
  await expectNoSeriousAxeViolations(page);
});

test('group issue retries only the failed rows', async ({ page, host }) => {
  await openUnlockedStaff(page, host);
  await page.getByRole('button', { name: 'Group issue' }).click();
  const group = page.getByTestId('staff-group');
  const list = page.getByTestId('staff-reservations');
  await list.getByRole('checkbox', { name: 'Select Li Wang' }).check();
  await list.getByRole('checkbox', { name: 'Select Anna Müller' }).check();
  await group.getByLabel('Text the key link').setChecked(false);

  // The first getLink returns "quota reached", so one row fails.
  await addSimulatorFault(host.simulatorUrl, {
    action: 'getLink',
    kind: 'quota',
    count: 1,
  });
  await group.getByRole('button', { name: 'Issue 2 cards' }).click();

  const rows = page.getByTestId('staff-group-results').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Issued, card' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Failed' })).toHaveCount(1);
  const retry = group.getByRole('button', { name: 'Retry 1 failed' });
  await retry.click();

  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Issued, card' })).toHaveCount(2);
  await expect(retry).toBeHidden();
});
