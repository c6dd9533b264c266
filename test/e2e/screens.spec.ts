import { addSimulatorFault, expect, openKiosk, test } from './fixtures/host';
import { checkScreen } from './support/axe';
import {
  demoGuest,
  findByCode,
  notYetArrived,
  reachDelivery,
  setSms,
  startSession,
  typeOnKeyboard,
  typeOnKeypad,
} from './support/guest-flow';

// Every guest screen, checked with axe and saved as a screenshot in both
// kiosk orientations.
const orientations = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
] as const;

for (const { name: orientation, viewport } of orientations) {
  test.describe(`screens in ${orientation}`, () => {
    test.use({ viewport });
    // Each test walks many screens and runs axe on each one.
    test.describe.configure({ timeout: 180_000 });

    test(`check-in screens in ${orientation}`, async ({ page, host }) => {
      await page.clock.install();
      await openKiosk(page, host.hostUrl);
      await checkScreen(page, 'welcome', orientation);

      await page.getByTestId('help-button').click();
      await expect(page.getByTestId('help-panel')).toBeVisible();
      await checkScreen(page, 'help', orientation);
      await page.getByTestId('help-panel').getByRole('button').click();

      await startSession(page);
      await typeOnKeyboard(page, demoGuest.code);
      await checkScreen(page, 'find-code', orientation);

      await page.getByTestId('method-phone').click();
      await typeOnKeypad(page, '13800138000');
      await expect(page.getByTestId('lookup-phone-shown')).toContainText(
        '+86 138 •••• 8000',
      );
      await checkScreen(page, 'find-phone', orientation);

      await page.getByTestId('country-picker').click();
      await expect(page.getByTestId('country-list')).toBeVisible();
      await checkScreen(page, 'country-list', orientation);
      await page.getByTestId('country-CN').click();

      await page.getByTestId('method-code').click();
      await page.getByTestId('find-next').click();
      await typeOnKeyboard(page, demoGuest.surname);
      await checkScreen(page, 'verify-surname', orientation);

      await page.getByTestId('factor-digits').click();
      await typeOnKeypad(page, '1234');
      await page.getByTestId('verify-submit').click();
      await expect(page.getByTestId('error-notice')).toBeVisible();
      await checkScreen(page, 'verify-not-found', orientation);

      await page.getByTestId('factor-surname').click();
      await page.getByTestId('verify-submit').click();
      await expect(page.getByTestId('screen-confirm')).toBeVisible();
      await checkScreen(page, 'confirm', orientation);

      await page.getByTestId('confirm-yes').click();
      await setSms(page, true);
      await checkScreen(page, 'delivery-sms-on', orientation);

      await page.getByTestId('other-number').click();
      await typeOnKeypad(page, '13900139000');
      await checkScreen(page, 'delivery-other-number', orientation);
      await page.getByTestId('other-number').click();

      await setSms(page, false);
      await checkScreen(page, 'delivery-sms-off', orientation);

      await page.clock.fastForward(70_000);
      await expect(page.getByTestId('idle-warning')).toBeVisible();
      await checkScreen(page, 'idle-warning', orientation);
      await page.getByTestId('idle-stay').click();

      await addSimulatorFault(host.simulatorUrl, {
        action: 'getLink',
        kind: 'delay',
        ms: 4000,
        count: 1,
      });
      await setSms(page, true);
      await page.getByTestId('issue-button').click();
      await expect(page.getByTestId('screen-issuing')).toBeVisible();
      await page.clock.fastForward(2500);
      await checkScreen(page, 'issuing', orientation);

      await expect(page.getByTestId('screen-key')).toBeVisible({
        timeout: 15_000,
      });
      await checkScreen(page, 'key', orientation);
    });

    test(`problem screens in ${orientation}`, async ({ page, host }) => {
      await openKiosk(page, host.hostUrl);
      await startSession(page);
      await findByCode(page, notYetArrived.code, notYetArrived.surname);
      await expect(page.getByTestId('error-notice')).toHaveAttribute(
        'data-error-code',
        'booking-not-eligible',
      );
      await checkScreen(page, 'verify-not-eligible', orientation);

      await page.getByTestId('start-over-button').click();
      await reachDelivery(page);
      await addSimulatorFault(host.simulatorUrl, {
        action: 'getLink',
        kind: 'quota',
        count: 1,
      });
      await page.getByTestId('issue-button').click();
      await expect(page.getByTestId('screen-failed')).toBeVisible();
      await checkScreen(page, 'failed-quota', orientation);
    });
  });
}
