import { describe, expect, it } from 'vitest';

import { useStaffHarness } from './harness';

const HEADER =
  'confirmation_code,first_name,last_name,phone,room,arrival_date,departure_date';

describe('reservation CSV import handler', () => {
  const harness = useStaffHarness();

  it('reports imported, updated and rejected rows', async () => {
    const staff = harness();
    await staff.unlock();
    await staff.value('reservations:import-csv', {
      csv: `${HEADER}\nA1,Wei,Zhang,13800138000,301,2026-12-04,2026-12-06\n`,
    });

    const report = await staff.value('reservations:import-csv', {
      csv: [
        HEADER,
        'A1,Wei,Zhang,13800138000,302,2026-12-04,2026-12-06',
        'B2,Ana,Silva,,101,2026-12-04,2026-12-05',
        'C3,Bad,Phone,12-34,102,2026-12-04,2026-12-05',
      ].join('\n'),
    });

    expect(report.imported).toBe(1);
    expect(report.updated).toBe(1);
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]?.line).toBe(4);
    expect(report.rejected[0]?.confirmationCode).toBe('C3');
    expect(staff.storage.reservations.findByCode('A1')?.room).toBe('302');
  });

  it('reads local phones with defaultCountry', async () => {
    const staff = harness({ settings: { defaultCountry: 'DE' } });
    await staff.unlock();

    await staff.value('reservations:import-csv', {
      csv: `${HEADER}\nD4,Jonas,Weber,0151 23456789,201,2026-12-04,2026-12-05\n`,
    });

    expect(staff.storage.reservations.findByCode('D4')?.phoneE164).toBe(
      '+4915123456789',
    );
  });

  it('rejects a file missing required columns', async () => {
    const staff = harness();
    await staff.unlock();
    await staff.value('reservations:import-csv', {
      csv: `${HEADER}\nA1,Wei,Zhang,13800138000,301,2026-12-04,2026-12-06\n`,
    });

    const result = await staff.call('reservations:import-csv', {
      csv: 'name,room\nWei,301\n',
    });

    expect(result.ok || result.error.code).toBe('invalid-request');
    expect(staff.storage.reservations.list({}).total).toBe(1);
  });

  it('audits the summary without guest data', async () => {
    const staff = harness();
    await staff.unlock();

    await staff.value('reservations:import-csv', {
      csv: `${HEADER}\nA1,Wei,Zhang,13800138000,301,2026-12-04,2026-12-06\nC3,Bad,Phone,12-34,102,2026-12-04,2026-12-05\n`,
    });
    const [entry] = staff.storage.audit.list({
      action: 'reservations.imported',
    });

    expect(entry?.detail).toBe('1 imported, 0 updated, 1 rejected');
    expect(entry?.actor).toBe('staff');
  });

  it('audits a rejected file', async () => {
    const staff = harness();
    await staff.unlock();

    await staff.call('reservations:import-csv', { csv: '' });
    const [entry] = staff.storage.audit.list({
      action: 'reservations.import-failed',
    });

    expect(entry?.detail).toBe('invalid-request');
  });
});
