import { readFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';

import type { LobbykeyApi } from '../../preload/contract';
import {
  addSimulatorFault,
  clearSimulatorFaults,
  expect,
  test,
} from './fixtures/host';
import {
  expectNoSeriousAxeViolations,
  openUnlockedStaff,
  screenshotBoth,
  showTab,
} from './staff-support';

// page.evaluate runs in the page, where the app's API is on window.
type PageGlobal = { lobbykey: LobbykeyApi };

/** Queues Li Wang's card the way the guest screens do when offline. */
async function queueGuestCard(page: Page) {
  await page.evaluate(async () => {
    const api = (globalThis as unknown as PageGlobal).lobbykey;
    const stay = await api.checkin.lookup({
      booking: { by: 'code', code: 'DEMO1001' },
      secondFactor: { by: 'surname', surname: 'Wang' },
    });
    if (!stay.ok) throw new Error(stay.error.message);
    const queued = await api.checkin.queueOffline({
      ticket: stay.value.ticket,
    });
    if (!queued.ok) throw new Error(queued.error.message);
  });
}

/** Issues cards for the demo bookings of rooms 101 and 102 through the API. */
async function issueDemoCards(page: Page) {
  await page.evaluate(async () => {
    const api = (globalThis as unknown as PageGlobal).lobbykey;
    for (const code of ['DEMO1001', 'DEMO1002']) {
      const list = await api.reservations.list({ search: code });
      const reservation = list.ok ? list.value.items[0] : undefined;
      if (!reservation) throw new Error(`no ${code}`);
      const issued = await api.cards.issue({
        reservationId: reservation.id,
        sendSms: false,
      });
      if (!issued.ok) throw new Error(issued.error.message);
    }
  });
}

test('outbox lists a failing item and cancels it', async ({ page, host }) => {
  await openUnlockedStaff(page, host);
  await addSimulatorFault(host.simulatorUrl, {
    action: 'getLink',
    kind: 'http-500',
  });
  await queueGuestCard(page);
  await showTab(page, 'Outbox');

  const row = page.getByTestId('staff-outbox').locator('tbody tr').first();
  await expect
    .poll(
      async () => {
        await page.getByRole('button', { name: 'Refresh' }).click();
        return row.getAttribute('data-state');
      },
      { timeout: 30_000 },
    )
    .toMatch(/^(pending|needs-staff)$/);
  await expect(row).toContainText('Li Wang');
  await expect
    .poll(async () => {
      await page.getByRole('button', { name: 'Refresh' }).click();
      return row.locator('td').nth(3).textContent();
    })
    .not.toBe('–');
  await screenshotBoth(page, 'outbox');
  await expectNoSeriousAxeViolations(page);

  await row.getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Cancel' })
    .click();

  await expect(row).toHaveAttribute('data-state', 'cancelled');
  await expect(row.getByRole('button', { name: 'Retry now' })).toHaveCount(0);
});

test('outbox retry sends the card once the API is back', async ({
  page,
  host,
}) => {
  await openUnlockedStaff(page, host);
  await addSimulatorFault(host.simulatorUrl, {
    action: 'getLink',
    kind: 'http-500',
  });
  await queueGuestCard(page);
  await showTab(page, 'Outbox');
  const row = page.getByTestId('staff-outbox').locator('tbody tr').first();
  await expect(row.getByRole('button', { name: 'Retry now' })).toBeVisible();

  await clearSimulatorFaults(host.simulatorUrl);
  await row.getByRole('button', { name: 'Retry now' }).click();

  await expect
    .poll(
      async () => {
        await page.getByRole('button', { name: 'Refresh' }).click();
        return row.getAttribute('data-state');
      },
      { timeout: 30_000 },
    )
    .toBe('sent');
});

test('audit log filters by room and exports CSV', async ({ page, host }) => {
  await openUnlockedStaff(page, host);
  await issueDemoCards(page);
  await showTab(page, 'Audit log');
  const table = page.getByTestId('staff-audit-table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await screenshotBoth(page, 'audit');
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel('Room', { exact: true }).fill('102');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  const rooms = table.locator('tbody tr td:nth-child(4)');
  // The unfiltered table may still show while the filtered one loads, and
  // its first row can already be room 102, so poll the whole column.
  await expect
    .poll(async () => [...new Set(await rooms.allTextContents())])
    .toEqual(['102']);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile(await file.path(), 'utf8');
  expect(csv).toContain('102');
  expect(csv).not.toContain(',101,');
});

test('audit filter with no match says so', async ({ page, host }) => {
  await openUnlockedStaff(page, host);
  await showTab(page, 'Audit log');

  await page.getByLabel('Action', { exact: true }).fill('no-such-action');
  await page.getByRole('button', { name: 'Apply filters' }).click();

  await expect(page.getByText('No entries match.')).toBeVisible();
});
