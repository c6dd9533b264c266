import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import type { Page } from '@playwright/test';

import type { LobbykeyApi } from '../../preload/contract';
import { expect, freePort, test } from './fixtures/host';
import {
  STAFF_PIN,
  expectNoSeriousAxeViolations,
  openUnlockedStaff,
  screenshotBoth,
  showTab,
  tapPin,
} from './staff-support';

// page.evaluate runs in the page, where the app's API is on window.
type PageGlobal = { lobbykey: LobbykeyApi };

const ACCOUNT_SID = '0123456789abcdef0123456789abcdef';
const AUTH_TOKEN = 'fedcba9876543210fedcba98765432';

async function credentialStorage(page: Page) {
  return page.evaluate(async () => {
    const view = await (
      globalThis as unknown as PageGlobal
    ).lobbykey.settings.get({});
    if (!view.ok) throw new Error(`settings:get failed: ${view.error.message}`);
    return view.value.credentials.storage;
  });
}

async function readTree(dir: string): Promise<string> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const texts = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map((entry) =>
        readFile(path.join(entry.parentPath, entry.name), 'latin1'),
      ),
  );
  return texts.join('\n');
}

async function saveSettingsField(page: Page, label: string, value: string) {
  const form = page.getByRole('region', { name: 'Settings' });
  await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: 'Save settings' }).click();
}

test('setup screen shows every section', async ({ page, host }) => {
  await openUnlockedStaff(page, host);
  await showTab(page, 'Setup');

  await expect(page.getByTestId('staff-setup')).toBeVisible();
  await expect(page.getByLabel('Property time zone')).toHaveValue(
    'Asia/Shanghai',
  );
  await screenshotBoth(page, 'setup');
  await expectNoSeriousAxeViolations(page);
});

test('connection test finds the demo rooms', async ({ page, host }) => {
  await openUnlockedStaff(page, host);
  await showTab(page, 'Setup');

  await page.getByRole('button', { name: 'Test connection' }).click();

  await expect(page.getByTestId('staff-connection-result')).toHaveText(
    'Connected. Found 2 buildings, 4 floors and 8 rooms.',
  );
});

test('a rejected API URL shows its error by the field', async ({
  page,
  host,
}) => {
  await openUnlockedStaff(page, host);
  await showTab(page, 'Setup');

  await saveSettingsField(page, 'API base URL', 'http://example.com/');

  const field = page.getByLabel('API base URL', { exact: true });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/https/);
  await expect(
    page.getByText('Fix the marked field, then save again.'),
  ).toBeVisible();
  await screenshotBoth(page, 'setup-field-error');
});

test('settings save and survive a reload', async ({ page, host }) => {
  await openUnlockedStaff(page, host);
  await showTab(page, 'Setup');

  await page
    .getByLabel('Community (lock) time zone')
    .selectOption('Europe/Berlin');
  await saveSettingsField(page, 'Check-out time', '11:30');
  await expect(page.getByText('Settings saved.')).toBeVisible();

  const saved = await page.evaluate(async () => {
    const view = await (
      globalThis as unknown as PageGlobal
    ).lobbykey.settings.get({});
    return view.ok ? view.value.settings : null;
  });
  expect(saved?.checkOutTime).toBe('11:30');
  expect(saved?.communityTimeZone).toBe('Europe/Berlin');
});

test('Live is refused until credentials are saved', async ({ page, host }) => {
  await openUnlockedStaff(page, host);
  await showTab(page, 'Setup');
  const mode = page.getByRole('region', { name: 'Operating mode' });

  await mode.getByRole('button', { name: 'Live' }).click();
  await expect(page.getByRole('dialog')).toContainText('open real doors');
  await page.getByRole('dialog').getByRole('button', { name: 'Live' }).click();

  await expect(mode.getByRole('alert')).toContainText('credentials');
  await expect(mode.getByRole('button', { name: 'Demo' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByTestId('staff-status')).toContainText('Demo');
});

test('change PIN needs the current one', async ({ page, host }) => {
  await openUnlockedStaff(page, host);
  await showTab(page, 'Setup');
  const section = page.getByRole('region', { name: 'Change the staff PIN' });

  await section.getByLabel('Current PIN').fill('000000');
  await section.getByLabel('New PIN (6 to 12 digits)').fill('13572468');
  await section.getByLabel('New PIN again').fill('13572468');
  await section.getByRole('button', { name: 'Change PIN' }).click();
  await expect(section.getByRole('alert')).toContainText('Wrong PIN');

  await section.getByLabel('Current PIN').fill(STAFF_PIN);
  await section.getByLabel('New PIN (6 to 12 digits)').fill('13572468');
  await section.getByLabel('New PIN again').fill('13572468');
  await section.getByRole('button', { name: 'Change PIN' }).click();
  await expect(section.getByText('The PIN is changed.')).toBeVisible();
  await expect(section.getByLabel('Current PIN')).toHaveValue('');

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await tapPin(page, '13572468');
  await expect(page.getByTestId('staff-desk')).toBeVisible();
});

test.describe('with a keychain', () => {
  test('saved token is write-only and never leaks', async ({ page, host }) => {
    const bodies: string[] = [];
    page.on('response', (response) => {
      void response
        .text()
        .then((text) => bodies.push(text))
        // A response without a body (a redirect, an aborted stream) has
        // nothing to check.
        .catch(() => undefined);
    });
    await openUnlockedStaff(page, host);
    test.skip(
      (await credentialStorage(page)) === 'unavailable',
      'no Secret Service here: run under dbus-run-session with gnome-keyring',
    );
    await showTab(page, 'Setup');
    const section = page.getByRole('region', { name: 'QR Master account' });

    await section
      .getByLabel('accountSid (32 letters and digits)')
      .fill(ACCOUNT_SID);
    await section.getByLabel('authToken').fill(AUTH_TOKEN);
    await section.getByRole('button', { name: 'Save credentials' }).click();

    await expect(section.getByText('Credentials saved.')).toBeVisible();
    await expect(section.getByLabel('authToken')).toHaveValue('');
    await expect(section.getByLabel('authToken')).toHaveAccessibleDescription(
      /A token is saved/,
    );
    await screenshotBoth(page, 'setup-credentials');
    await page.reload();
    await expect(page.locator('[data-app-ready="true"]')).toBeVisible();

    expect(await page.content()).not.toContain(AUTH_TOKEN);
    expect(bodies.length).toBeGreaterThan(5);
    expect(bodies.filter((body) => body.includes(AUTH_TOKEN))).toEqual([]);
    expect(await readTree(host.dataDir)).not.toContain(AUTH_TOKEN);
  });

  test('wrong credentials and no network are told apart', async ({
    page,
    host,
  }) => {
    await openUnlockedStaff(page, host);
    test.skip(
      (await credentialStorage(page)) === 'unavailable',
      'no Secret Service here: run under dbus-run-session with gnome-keyring',
    );
    await showTab(page, 'Setup');
    const account = page.getByRole('region', { name: 'QR Master account' });
    await account
      .getByLabel('accountSid (32 letters and digits)')
      .fill(ACCOUNT_SID);
    await account.getByLabel('authToken').fill(AUTH_TOKEN);
    await account.getByRole('button', { name: 'Save credentials' }).click();
    await expect(account.getByText('Credentials saved.')).toBeVisible();
    const connection = page.getByRole('region', { name: 'Connection test' });

    // The demo simulator does not know this account.
    await saveSettingsField(page, 'API base URL', `${host.simulatorUrl}/`);
    await expect(page.getByText('Settings saved.')).toBeVisible();
    await saveSettingsField(page, 'Community number', '1316880000');
    await expect(page.getByText('Settings saved.')).toBeVisible();
    await connection.getByRole('button', { name: 'Test connection' }).click();
    await expect(connection.locator('[data-error-code]')).toHaveAttribute(
      'data-error-code',
      'auth-failed',
    );

    const mode = page.getByRole('region', { name: 'Operating mode' });
    await mode.getByRole('button', { name: 'Live' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Live' })
      .click();
    await expect(page.getByTestId('staff-status')).toContainText('Live');

    const closedPort = await freePort();
    await saveSettingsField(
      page,
      'API base URL',
      `http://127.0.0.1:${closedPort}/`,
    );
    await expect(page.getByText('Settings saved.')).toBeVisible();
    await connection.getByRole('button', { name: 'Test connection' }).click();
    await expect(connection.locator('[data-error-code]')).toHaveAttribute(
      'data-error-code',
      'network-unavailable',
    );
    await expect(connection).toContainText('cannot be reached now');
    await screenshotBoth(page, 'setup-offline');
  });
});
