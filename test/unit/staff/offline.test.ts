// With the QR Master API unreachable, calls that need it fail at once
// with a typed error, and everything that needs only the database works.
import { describe, expect, it } from 'vitest';

import { sampleReservation } from '../storage/temp-dir';
import { useStaffHarness, type StaffHarness } from './harness';
import { bookingFor, clientFor, closedPort } from './sim-fixtures';
import { useSimulator } from './simulator';

describe('staff handlers offline', () => {
  const harness = useStaffHarness();
  const simulated = useSimulator();

  async function offline(): Promise<StaffHarness> {
    const { simulator, options, setApi } = await simulated();
    const port = await closedPort();
    setApi(
      clientFor(
        { ...simulator, baseUrl: `http://127.0.0.1:${port}/` },
        simulator.authToken,
      ),
    );
    const staff = harness(options);
    await staff.unlock();
    return staff;
  }

  it('fails a card issue as network-unavailable', async () => {
    const staff = await offline();
    const reservation = staff.storage.reservations.create(bookingFor(0));

    const result = await staff.call('cards:issue', {
      reservationId: reservation.id,
      sendSms: true,
    });

    expect(result.ok || result.error.code).toBe('network-unavailable');
    expect(staff.storage.cards.listForReservation(reservation.id)).toEqual([]);
  });

  it('fails a group issue per row without a card', async () => {
    const staff = await offline();
    const ids = [0, 1, 2].map(
      (index) => staff.storage.reservations.create(bookingFor(index)).id,
    );

    const { results } = await staff.value('cards:group-issue', {
      jobId: 'offline',
      reservationIds: ids,
      sendSms: false,
    });

    expect(results.map((row) => row.errorCode)).toEqual([
      'network-unavailable',
      'network-unavailable',
      'network-unavailable',
    ]);
  });

  it('serves database channels offline', async () => {
    const staff = await offline();
    staff.storage.reservations.create(sampleReservation());

    const list = await staff.call('reservations:list', { search: 'zhang' });
    const walkIn = await staff.call('reservations:create', {
      firstName: 'Ana',
      lastName: 'Silva',
      room: '102',
      arrivalDate: '2026-12-04',
      departureDate: '2026-12-05',
    });
    const imported = await staff.call('reservations:import-csv', {
      csv: 'confirmation_code,first_name,last_name,room,arrival_date\nZ9,Li,Wang,103,2026-12-04\n',
    });
    const outbox = await staff.call('outbox:list', {});
    const audit = await staff.call('audit:list', {});
    const settings = await staff.call('settings:get', {});

    expect(list.ok).toBe(true);
    expect(walkIn.ok).toBe(true);
    expect(imported.ok).toBe(true);
    expect(outbox.ok).toBe(true);
    expect(audit.ok).toBe(true);
    expect(settings.ok).toBe(true);
  });

  it('works with no client at all', async () => {
    const staff = harness({ api: () => null });
    await staff.unlock();
    staff.storage.reservations.create(sampleReservation());

    const list = await staff.call('reservations:list', {});
    const test = await staff.call('credentials:test-connection', {});

    expect(list.ok).toBe(true);
    expect(test.ok || test.error.code).toBe('issuing-disabled');
  });
});
