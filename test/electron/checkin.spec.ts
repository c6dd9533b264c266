import { demoGuest, reachDelivery, setSms } from '../e2e/support/guest-flow';
import { expect, skipWithoutElectron, test } from './app';

skipWithoutElectron();

// The demo guest's booking arrives today and may check in at once; demo
// mode seeds it on every start. The steps are the browser tests' own, run
// here through the real preload and IPC instead of the browser host.
test('guest checks in with a demo booking', async ({ lobbykey }) => {
  const { window } = lobbykey;

  await reachDelivery(window);
  await setSms(window, true);
  await window.getByTestId('issue-button').click();

  await expect(window.getByTestId('screen-key')).toBeVisible();
  await expect(window.getByTestId('key-qr')).toHaveAttribute(
    'src',
    /^data:image\/png;base64,/,
  );
  await expect(window.getByTestId('key-room')).toContainText(demoGuest.room);
  await expect(window.getByTestId('key-sms')).toBeVisible();
});

test('key screen returns to welcome on done', async ({ lobbykey }) => {
  const { window } = lobbykey;
  await reachDelivery(window);
  await setSms(window, false);
  await window.getByTestId('issue-button').click();
  await expect(window.getByTestId('key-qr')).toBeVisible();

  await window.getByTestId('done-button').click();

  await expect(window.getByTestId('screen-welcome')).toBeVisible();
});
