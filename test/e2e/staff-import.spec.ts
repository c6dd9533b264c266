import { expect, test } from './fixtures/host';
import {
  expectNoSeriousAxeViolations,
  openUnlockedStaff,
  screenshotBoth,
} from './staff-support';

/** "YYYY-MM-DD" `days` from today in the demo property's zone. */
function propertyDate(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
  }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const HEADER =
  'confirmation_code,first_name,last_name,phone,building,floor,room,arrival_date,departure_date';

function exportText() {
  const today = propertyDate(0);
  const tomorrow = propertyDate(1);
  return [
    HEADER,
    `CSV2001,Wei,Zhang,13900139001,1,2,201,${today},${tomorrow}`,
    `CSV2002,Sara,Rossi,+393331234567,1,2,202,${today},${tomorrow}`,
    // Departure before arrival: this row must be rejected alone.
    `CSV2003,Tom,Late,13900139003,1,1,101,${tomorrow},${today}`,
  ].join('\n');
}

test('pasted CSV imports rows and reports the rejected', async ({
  page,
  host,
}) => {
  await openUnlockedStaff(page, host);
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const section = page.getByTestId('staff-import');

  await section.getByLabel('Or paste the CSV text').fill(exportText());
  await section.getByRole('button', { name: 'Import', exact: true }).click();

  const report = page.getByTestId('staff-import-report');
  await expect(report).toContainText('Imported 2, updated 0, rejected 1.');
  const rejected = report.getByRole('table', { name: 'Rejected rows' });
  await expect(rejected.locator('tbody tr')).toHaveCount(1);
  await expect(rejected.locator('tbody tr td').first()).toHaveText('4');
  await expect(rejected).toContainText('CSV2003');
  const list = page.getByTestId('staff-reservations');
  await expect(list.getByRole('button', { name: 'Wei Zhang' })).toBeVisible();
  await expect(list.getByRole('button', { name: 'Sara Rossi' })).toBeVisible();
  await screenshotBoth(page, 'desk-import');
  await expectNoSeriousAxeViolations(page);
});

test('a chosen CSV file fills the text to import', async ({ page, host }) => {
  await openUnlockedStaff(page, host);
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const section = page.getByTestId('staff-import');

  await section.getByLabel('CSV file').setInputFiles({
    name: 'arrivals.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(exportText(), 'utf8'),
  });

  await expect(section.getByLabel('Or paste the CSV text')).toHaveValue(
    exportText(),
  );
});

test('a CSV with an unknown column is rejected whole', async ({
  page,
  host,
}) => {
  await openUnlockedStaff(page, host);
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const section = page.getByTestId('staff-import');

  await section
    .getByLabel('Or paste the CSV text')
    .fill(
      `${HEADER},nickname\nCSV2001,Wei,Zhang,,1,2,201,2030-01-01,2030-01-02,Wz`,
    );
  await section.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(section.getByRole('alert')).toContainText('nickname');
  await expect(page.getByTestId('staff-import-report')).toHaveCount(0);
});
