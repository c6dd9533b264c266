import { expect, test } from '@playwright/test';

import { launchLobbykey, skipWithoutElectron, type LaunchedApp } from './app';

skipWithoutElectron();

let lobbykey: LaunchedApp;

test.beforeEach(async () => {
  lobbykey = await launchLobbykey();
});

test.afterEach(async () => {
  await lobbykey.close();
});

// DEMO1001 (Li Wang, room 101) is a demo booking that arrives today and may
// check in at once; demo mode seeds it on every start.
test('guest checks in with a demo booking and gets a key', async () => {
  const { window } = lobbykey;

  await window.getByTestId('start-button').click();
  await window.getByTestId('method-code').click();
  await window.getByTestId('code-input').fill('DEMO1001');
  await window.getByTestId('find-next').click();

  await window.getByTestId('factor-surname').click();
  await window.getByTestId('surname-input').fill('Wang');
  await window.getByTestId('verify-submit').click();

  await expect(window.getByTestId('stay-room')).toContainText('101');
  await window.getByTestId('confirm-yes').click();
  await window.getByTestId('issue-button').click();

  await expect(window.getByTestId('key-qr')).toBeVisible();
  await expect(window.getByTestId('key-room')).toContainText('101');
});

test('key screen returns to welcome on done', async () => {
  const { window } = lobbykey;

  await window.getByTestId('start-button').click();
  await window.getByTestId('method-code').click();
  await window.getByTestId('code-input').fill('DEMO1003');
  await window.getByTestId('find-next').click();
  await window.getByTestId('factor-surname').click();
  await window.getByTestId('surname-input').fill('Smith');
  await window.getByTestId('verify-submit').click();
  await window.getByTestId('confirm-yes').click();
  await window.getByTestId('issue-button').click();
  await expect(window.getByTestId('key-qr')).toBeVisible();

  await window.getByTestId('done-button').click();

  await expect(window.getByTestId('screen-welcome')).toBeVisible();
});
