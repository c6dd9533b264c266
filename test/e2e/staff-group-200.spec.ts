import type { Page } from '@playwright/test';

import type { LobbykeyApi } from '../../preload/contract';
import {
  addSimulatorFault,
  clearSimulatorFaults,
  expect,
  simulatorRequests,
  test,
} from './fixtures/host';
import { openUnlockedStaff, showTab, todayAndTomorrow } from './staff-support';

const STAYS = 200;
// Rooms the simulator's default community has; stays share them.
const ROOMS = [
  ['1', '1', '101'],
  ['1', '1', '102'],
  ['1', '1', 'R007'],
  ['1', '2', '201'],
  ['1', '2', '202'],
  ['2', '1', '101'],
  ['2', '6', 'C6-01'],
  ['2', '6', 'C6-02'],
] as const;

type PageGlobal = { lobbykey: LobbykeyApi };

/** Imports `STAYS` bookings arriving today through the page's own API. */
async function importArrivals(page: Page): Promise<void> {
  const { today, tomorrow: departure } = await todayAndTomorrow(page);

  const lines = [
    'confirmation_code,first_name,last_name,phone,building,floor,room,arrival_date,arrival_time,departure_date',
  ];
  for (let i = 0; i < STAYS; i++) {
    const [building, floor, room] = ROOMS[i % ROOMS.length]!;
    const phone = `139${String(10_000_000 + i)}`;
    lines.push(
      `GRP${i},Guest${i},Group,${phone},${building},${floor},${room},${today},00:00,${departure}`,
    );
  }
  const report = await page.evaluate(
    (csv) =>
      (globalThis as unknown as PageGlobal).lobbykey.reservations.importCsv({
        csv,
      }),
    lines.join('\n'),
  );
  expect(report).toMatchObject({ ok: true, value: { imported: STAYS } });
}

// NOTE: the client here keeps its 15-second timeout, so the faults are 500s
// and reset connections. getLink timeouts (unknown outcomes) run in the unit
// test and the group-issue benchmark, which use a short client timeout.
test('group issue of 200 with faults makes one card per stay', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  await openUnlockedStaff(page, host);
  await importArrivals(page);
  await showTab(page, 'Outbox');
  await showTab(page, 'Front desk');
  const list = page.getByTestId('staff-reservations');
  await expect(list.getByText('GRP199')).toBeVisible();

  await page.getByRole('button', { name: 'Group issue' }).click();
  const group = page.getByTestId('staff-group');
  await group.getByRole('button', { name: 'Select all listed' }).click();
  await group.getByLabel('Text the key link').setChecked(false);
  for (const fault of [
    { action: 'getLink', kind: 'http-500', probability: 0.1 },
    { action: 'getCard', kind: 'http-500', probability: 0.1 },
    { action: 'getCard', kind: 'reset', probability: 0.05 },
  ]) {
    await addSimulatorFault(host.simulatorUrl, fault);
  }
  const issueButton = group.getByRole('button', { name: /^Issue \d+ cards$/ });
  const total = Number((await issueButton.textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThanOrEqual(STAYS);
  await issueButton.click();

  const rows = page.getByTestId('staff-group-results').locator('tbody tr');
  await expect(rows).toHaveCount(total, { timeout: 120_000 });
  await clearSimulatorFaults(host.simulatorUrl);
  const retry = group.getByRole('button', { name: /^Retry \d+ failed$/ });
  if (await retry.isVisible()) await retry.click();
  await expect(retry).toBeHidden({ timeout: 60_000 });
  await expect(rows.filter({ hasText: 'Issued, card' })).toHaveCount(total, {
    timeout: 60_000,
  });

  const groupCards = (await simulatorRequests(host.simulatorUrl)).filter(
    (request) =>
      request.action === 'getLink' &&
      request.status === 200 &&
      String(request.fields.mobile).startsWith('1391'),
  );
  const cardsPerPhone = new Map<string, number>();
  for (const request of groupCards) {
    const mobile = String(request.fields.mobile);
    cardsPerPhone.set(mobile, (cardsPerPhone.get(mobile) ?? 0) + 1);
  }
  expect(cardsPerPhone.size).toBe(STAYS);
  expect([...cardsPerPhone.values()].every((count) => count === 1)).toBe(true);
});
