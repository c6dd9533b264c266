import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

import type { LobbykeyApi } from '../../preload/contract';
import { openKiosk, type HostFixture } from './fixtures/host';

/** The PIN every staff spec sets on its fresh data folder. */
export const STAFF_PIN = '246810';

/** Opens the kiosk and presses the hidden corner until staff opens. */
export async function openStaffArea(page: Page, host: HostFixture) {
  await openKiosk(page, host.hostUrl);
  await holdStaffCorner(page);
}

/** Holds the welcome screen's hidden corner until the staff area opens. */
export async function holdStaffCorner(page: Page) {
  const corner = page.getByTestId('staff-corner');
  const box = await corner.boundingBox();
  if (!box) throw new Error('the staff corner is not on the welcome screen');

  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await expect(page.getByTestId('staff-area')).toBeVisible({ timeout: 8_000 });
  await page.mouse.up();
}

/** Taps a PIN on the on-screen pad and presses OK (or its translation). */
export async function tapPin(page: Page, pin: string, okLabel = 'OK') {
  const pad = page.getByTestId('staff-pin-pad');
  for (const digit of pin) {
    await pad.getByRole('button', { name: digit, exact: true }).click();
  }
  await pad.getByRole('button', { name: okLabel }).click();
}

/** Sets the first PIN (entered twice) and waits for the staff screens. */
export async function createPinAndUnlock(page: Page, pin = STAFF_PIN) {
  await expect(
    page.getByRole('heading', { name: 'Choose a staff PIN' }),
  ).toBeVisible();
  await tapPin(page, pin);
  await expect(
    page.getByRole('heading', { name: 'Enter the same PIN again' }),
  ).toBeVisible();
  await tapPin(page, pin);
  await expect(
    page.getByRole('navigation', { name: 'Staff screens' }),
  ).toBeVisible();
}

/** Opens the staff area on a fresh host and unlocks it. */
export async function openUnlockedStaff(page: Page, host: HostFixture) {
  await openStaffArea(page, host);
  await createPinAndUnlock(page);
}

/** Switches to one of the staff tabs by its English name. */
export async function showTab(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Staff screens' })
    .getByRole('button', { name })
    .click();
}

/** Fails on any serious or critical axe violation in the staff area. */
export async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('[data-testid="staff-area"]')
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

const VIEWPORTS = [
  { name: 'portrait', width: 1080, height: 1920 },
  { name: 'landscape', width: 1920, height: 1080 },
] as const;

/** Saves `test-results/screenshots/staff-<name>-<orientation>.png` twice. */
export async function screenshotBoth(page: Page, name: string) {
  const original = page.viewportSize();
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({
      width: viewport.width,
      height: viewport.height,
    });
    await page.screenshot({
      path: `test-results/screenshots/staff-${name}-${viewport.name}.png`,
      fullPage: true,
    });
  }
  if (original) await page.setViewportSize(original);
}

/**
 * Returns today and tomorrow as "YYYY-MM-DD" in the property's time zone,
 * read through the page's own API.
 */
export async function todayAndTomorrow(
  page: Page,
): Promise<{ today: string; tomorrow: string }> {
  const today = await page.evaluate(async () => {
    const api = (globalThis as unknown as { lobbykey: LobbykeyApi }).lobbykey;
    const status = await api.app.getStatus({});
    if (!status.ok) throw new Error(status.error.message);
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: status.value.kiosk.propertyTimeZone,
    }).format(new Date());
  });
  const next = new Date(`${today}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { today, tomorrow: next.toISOString().slice(0, 10) };
}
