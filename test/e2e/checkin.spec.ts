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
  setSms,
  startSession,
  typeOnKeyboard,
  typeOnKeypad,
} from './support/guest-flow';

const COMMUNITY_ZONE = 'Asia/Shanghai';
const DEMO_STAY_NIGHTS = 2;

/** Returns the demo guest's check-out, 12:00 two days from today, as `yyMMddHHmm`. */
function expectedEndTime(): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: COMMUNITY_ZONE,
  }).format(new Date());
  const end = new Date(`${today}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + DEMO_STAY_NIGHTS);
  return `${end.toISOString().slice(2, 10).replaceAll('-', '')}1200`;
}

async function getLinkCalls(simulatorUrl: string): Promise<SimulatorRequest[]> {
  const requests = await simulatorRequests(simulatorUrl);
  return requests.filter((request) => request.action === 'getLink');
}

test('SMS on texts the key and shows the QR code', async ({ page, host }) => {
  await openKiosk(page, host.hostUrl);
  await reachDelivery(page);
  await setSms(page, true);
  await expect(page.getByTestId('sms-to')).toContainText('8000');
  await page.getByTestId('issue-button').click();

  await expect(page.getByTestId('screen-key')).toBeVisible();
  const qr = page.getByTestId('key-qr');
  await expect(qr).toHaveAttribute('src', /^data:image\/png;base64,/);
  const box = await qr.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(300);
  await expect(page.getByTestId('key-room')).toContainText(demoGuest.room);
  await expect(page.getByTestId('key-sms')).toBeVisible();

  const calls = await getLinkCalls(host.simulatorUrl);
  expect(calls).toHaveLength(1);
  expect(calls[0]?.signatureValid).toBe(true);
  expect(String(calls[0]?.fields.sendSms)).toBe('1');
  expect(calls[0]?.fields.startTime).toMatch(/^\d{10}$/);
  expect(calls[0]?.fields.endTime).toBe(expectedEndTime());
});

test('SMS off sends no text', async ({ page, host }) => {
  await openKiosk(page, host.hostUrl);
  await reachDelivery(page);
  await setSms(page, false);
  await page.getByTestId('issue-button').click();

  await expect(page.getByTestId('screen-key')).toBeVisible();
  await expect(page.getByTestId('key-qr')).toBeVisible();
  await expect(page.getByTestId('key-sms')).toHaveCount(0);

  const calls = await getLinkCalls(host.simulatorUrl);
  expect(calls).toHaveLength(1);
  expect(calls[0]?.signatureValid).toBe(true);
  expect(String(calls[0]?.fields.sendSms)).toBe('0');
  expect(calls[0]?.fields.endTime).toBe(expectedEndTime());
});

test('double tap on issue makes one card', async ({ page, host }) => {
  await openKiosk(page, host.hostUrl);
  await reachDelivery(page);
  await setSms(page, true);

  // Two clicks in the same task, faster than any re-render could disable it.
  await page
    .getByTestId('issue-button')
    .evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    });

  await expect(page.getByTestId('screen-key')).toBeVisible();
  const calls = await getLinkCalls(host.simulatorUrl);
  expect(calls).toHaveLength(1);
});

test('phone lookup shows the number back masked', async ({ page, host }) => {
  await openKiosk(page, host.hostUrl);
  await startSession(page);
  await page.getByTestId('method-phone').click();
  await expect(page.getByTestId('country-picker')).toContainText('+86');

  await typeOnKeypad(page, '13800138000');
  await expect(page.getByTestId('lookup-phone-shown')).toContainText(
    '+86 138 •••• 8000',
  );
  await page.getByTestId('find-next').click();
  await expect(page.getByTestId('factor-digits')).toHaveCount(0);
  await typeOnKeyboard(page, demoGuest.surname);
  await page.getByTestId('verify-submit').click();

  await expect(page.getByTestId('stay-guest')).toHaveText(demoGuest.guestName);
});

test('invalid phone number keeps continue disabled', async ({ page, host }) => {
  await openKiosk(page, host.hostUrl);
  await startSession(page);
  await page.getByTestId('method-phone').click();

  await typeOnKeypad(page, '23800138000');
  await expect(page.locator('#lookup-phone-error')).toBeVisible();
  await expect(page.getByTestId('find-next')).toBeDisabled();
});

test('hardware keyboard types into the fields', async ({ page, host }) => {
  await openKiosk(page, host.hostUrl);
  await startSession(page);
  await page
    .getByTestId('code-input')
    .pressSequentially(demoGuest.code.toLowerCase());
  await expect(page.getByTestId('code-input')).toHaveValue(demoGuest.code);
  await page.keyboard.press('Enter');

  await page.getByTestId('surname-input').pressSequentially(demoGuest.surname);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('stay-room')).toHaveText(demoGuest.room);
});

test('confirm shows times in the property zone', async ({ page, host }) => {
  await openKiosk(page, host.hostUrl);
  await startSession(page);
  await findByCode(page, demoGuest.code, demoGuest.surname);

  await expect(page.getByTestId('stay-departure')).toContainText('12:00');
  await expect(page.getByTestId('screen-confirm')).toContainText(
    COMMUNITY_ZONE,
  );
});
