import {
  expect,
  openKiosk,
  simulatorRequests,
  test,
  type SimulatorRequest,
} from './fixtures/host';
import {
  demoGuest,
  findByCode,
  reachDelivery,
  saveScreenshot,
  setSms,
  startSession,
} from './support/guest-flow';

async function cardCalls(simulatorUrl: string): Promise<SimulatorRequest[]> {
  const requests = await simulatorRequests(simulatorUrl);
  return requests.filter((request) =>
    ['getLink', 'cancelCard'].includes(request.action),
  );
}

test('repeat visit shows the same key and texts it on request', async ({
  page,
  host,
}) => {
  await openKiosk(page, host.hostUrl);
  await reachDelivery(page);
  await setSms(page, false);
  await page.getByTestId('issue-button').click();
  await expect(page.getByTestId('screen-key')).toBeVisible();
  const firstQr = await page.getByTestId('key-qr').getAttribute('src');
  await page.getByTestId('done-button').click();

  await startSession(page);
  await findByCode(page, demoGuest.code, demoGuest.surname);
  await expect(page.getByTestId('screen-confirm')).toBeVisible();
  await page.getByTestId('confirm-yes').click();

  await expect(page.getByTestId('screen-key')).toBeVisible();
  await expect(page.getByTestId('key-qr')).toHaveAttribute(
    'src',
    firstQr ?? '',
  );
  await expect(page.getByTestId('key-sms')).toHaveCount(0);
  expect(await cardCalls(host.simulatorUrl)).toHaveLength(1);
  await saveScreenshot(page, 'key-repeat-visit-portrait');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await saveScreenshot(page, 'key-repeat-visit-landscape');

  await page.getByTestId('resend-key').click();

  await expect(page.getByTestId('key-sms')).toContainText('8000');
  const calls = await cardCalls(host.simulatorUrl);
  expect(calls.map((call) => call.action)).toEqual([
    'getLink',
    'getLink',
    'cancelCard',
  ]);
  expect(String(calls[1]?.fields.sendSms)).toBe('1');
  await saveScreenshot(page, 'key-resent-landscape');
  await expect(page.getByTestId('key-qr')).not.toHaveAttribute(
    'src',
    firstQr ?? '',
  );
});
