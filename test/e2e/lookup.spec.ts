import { expect, openKiosk, test } from './fixtures/host';
import {
  demoGuest,
  findByCode,
  notYetArrived,
  startSession,
  typeOnKeyboard,
} from './support/guest-flow';

test('wrong surname finds no booking', async ({ page, host }) => {
  await openKiosk(page, host.hostUrl);
  await startSession(page);
  await findByCode(page, demoGuest.code, 'Nobody');

  const notice = page.getByTestId('error-notice');
  await expect(notice).toHaveAttribute('data-error-code', 'booking-not-found');
  await expect(notice).toContainText('could not find a booking');
  await expect(notice).not.toContainText('Nobody');
});

test('repeated misses lock the lookup with a countdown', async ({
  page,
  host,
}) => {
  await openKiosk(page, host.hostUrl);
  await startSession(page);
  await findByCode(page, demoGuest.code, 'Nobody');
  const notice = page.getByTestId('error-notice');
  const submit = page.getByTestId('verify-submit');

  // The first misses return at once, and each further miss adds a delay.
  for (let miss = 2; miss <= 3; miss += 1) {
    await expect(notice).toHaveAttribute(
      'data-error-code',
      'booking-not-found',
    );
    await submit.click();
  }
  await expect(notice).toHaveAttribute('data-error-code', 'booking-not-found');
  await submit.click();

  await expect(notice).toHaveAttribute('data-error-code', 'lookup-locked');
  await expect(notice).toContainText(/try again in \d:\d\d/);
  await expect(submit).toBeDisabled();
});

test('booking not yet arrived says when check-in opens', async ({
  page,
  host,
}) => {
  await openKiosk(page, host.hostUrl);
  await startSession(page);
  await findByCode(page, notYetArrived.code, notYetArrived.surname);

  const notice = page.getByTestId('error-notice');
  await expect(notice).toHaveAttribute(
    'data-error-code',
    'booking-not-eligible',
  );
  await expect(notice).toContainText('Check-in opens');
  await expect(notice).toContainText('14:00');
});

test('raw error text never shows', async ({ page, host }) => {
  await openKiosk(page, host.hostUrl);
  await startSession(page);
  await typeOnKeyboard(page, 'ZZ9');
  await page.getByTestId('find-next').click();
  await typeOnKeyboard(page, 'X');
  await page.getByTestId('verify-submit').click();

  const notice = page.getByTestId('error-notice');
  await expect(notice).toBeVisible();
  await expect(notice).not.toContainText(/invalid value|request|channel/i);
});
