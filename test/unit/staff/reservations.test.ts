import { describe, expect, it } from 'vitest';

import { sampleReservation } from '../storage/temp-dir';
import { useStaffHarness } from './harness';

const walkIn = {
  firstName: 'Ana',
  lastName: 'Silva',
  phone: '138 0013 8000',
  room: '101',
  arrivalDate: '2026-12-04',
  departureDate: '2026-12-06',
};

describe('reservation handlers', () => {
  const harness = useStaffHarness();

  it('creates a walk-in with a normalised phone', async () => {
    const staff = harness();
    await staff.unlock();

    const created = await staff.value('reservations:create', walkIn);
    const stored = staff.storage.reservations.getById(created.id);

    expect(stored?.phoneE164).toBe('+8613800138000');
    expect(stored?.areaCode).toBe('86');
    expect(stored?.nationalNumber).toBe('13800138000');
  });

  it('returns only the masked phone', async () => {
    const staff = harness();
    await staff.unlock();

    const created = await staff.value('reservations:create', walkIn);

    expect(created.phoneMasked).toBe('+86138****8000');
    expect(staff.transcript.join('\n')).not.toContain('13800138000');
  });

  it('generates a WALK code when none is given', async () => {
    const staff = harness();
    await staff.unlock();

    const created = await staff.value('reservations:create', walkIn);

    expect(created.confirmationCode).toMatch(/^WALK\d{6}$/);
  });

  it('reads a local number with defaultCountry', async () => {
    const staff = harness({ settings: { defaultCountry: 'DE' } });
    await staff.unlock();

    const created = await staff.value('reservations:create', {
      ...walkIn,
      phone: '0151 23456789',
    });

    expect(staff.storage.reservations.getById(created.id)?.phoneE164).toBe(
      '+4915123456789',
    );
  });

  it('rejects an invalid phone naming the value', async () => {
    const staff = harness();
    await staff.unlock();

    const result = await staff.call('reservations:create', {
      ...walkIn,
      phone: '12-34',
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.field).toBe('phone');
    expect(result.error.message).toContain('"12-34"');
    expect(staff.storage.reservations.list({}).total).toBe(0);
  });

  it('masks a long invalid phone in the error', async () => {
    const staff = harness();
    await staff.unlock();

    const result = await staff.call('reservations:create', {
      ...walkIn,
      phone: '+1 555 000 5678',
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).not.toContain('5550005678');
    expect(result.error.message).toContain('****5678');
  });

  it('rejects a departure before the arrival', async () => {
    const staff = harness();
    await staff.unlock();

    const result = await staff.call('reservations:create', {
      ...walkIn,
      departureDate: '2026-12-03',
    });

    expect(result.ok || result.error.field).toBe('departureDate');
  });

  it('rejects a same-day stay ending early', async () => {
    const staff = harness();
    await staff.unlock();

    // Arrival uses check-in 14:00 and departure check-out 12:00.
    const result = await staff.call('reservations:create', {
      ...walkIn,
      departureDate: walkIn.arrivalDate,
    });

    expect(result.ok || result.error.field).toBe('departureDate');
  });

  it('rejects a room with path characters', async () => {
    const staff = harness();
    await staff.unlock();

    const result = await staff.call('reservations:create', {
      ...walkIn,
      room: '../../1',
    });

    expect(result.ok || result.error.field).toBe('room');
  });

  it('rejects a building without a floor', async () => {
    const staff = harness();
    await staff.unlock();

    const result = await staff.call('reservations:create', {
      ...walkIn,
      building: 'A',
    });

    expect(result.ok || result.error.field).toBe('floor');
  });

  it('rejects a confirmation code that exists', async () => {
    const staff = harness();
    await staff.unlock();
    staff.storage.reservations.create(sampleReservation());

    const result = await staff.call('reservations:create', {
      ...walkIn,
      confirmationCode: 'abc123',
    });

    expect(result.ok || result.error.code).toBe('conflict');
    expect(staff.storage.reservations.list({}).total).toBe(1);
  });

  it('rejects names that are only spaces', async () => {
    const staff = harness();
    await staff.unlock();

    const result = await staff.call('reservations:create', {
      ...walkIn,
      lastName: '   ',
    });

    expect(result.ok || result.error.field).toBe('lastName');
  });

  it('computes stay instants in the property zone', async () => {
    const staff = harness({
      settings: { propertyTimeZone: 'Europe/Berlin', checkInTime: '15:00' },
    });
    await staff.unlock();
    staff.storage.reservations.create(
      sampleReservation({
        arrivalDate: '2025-06-01',
        departureDate: '2025-06-03',
      }),
    );

    const { items } = await staff.value('reservations:list', {});

    expect(items[0]?.arrivalAt).toBe('2025-06-01T13:00:00.000Z');
    // The sample's own departure time is 11:30.
    expect(items[0]?.departureAt).toBe('2025-06-03T09:30:00.000Z');
  });

  it('returns a null departure for a booking without one', async () => {
    const staff = harness();
    await staff.unlock();
    staff.storage.reservations.create(
      sampleReservation({ departureDate: null, departureTime: null }),
    );

    const { items } = await staff.value('reservations:list', {});

    expect(items[0]?.departureAt).toBeNull();
  });

  it('searches by name, code and room', async () => {
    const staff = harness();
    await staff.unlock();
    staff.storage.reservations.create(sampleReservation());
    staff.storage.reservations.create(
      sampleReservation({
        confirmationCode: 'XYZ789',
        lastName: 'Okafor',
        room: '702',
      }),
    );

    const byName = await staff.value('reservations:list', { search: 'okaf' });
    const byCode = await staff.value('reservations:list', { search: 'abc1' });
    const byRoom = await staff.value('reservations:list', { search: '702' });

    expect(byName.items.map((item) => item.confirmationCode)).toEqual([
      'XYZ789',
    ]);
    expect(byCode.items.map((item) => item.confirmationCode)).toEqual([
      'ABC123',
    ]);
    expect(byRoom.items.map((item) => item.confirmationCode)).toEqual([
      'XYZ789',
    ]);
  });

  it('lists arrivals for a date with paging', async () => {
    const staff = harness();
    await staff.unlock();
    for (let index = 0; index < 5; index += 1) {
      staff.storage.reservations.create(
        sampleReservation({ confirmationCode: `TODAY${index}` }),
      );
    }
    staff.storage.reservations.create(
      sampleReservation({
        confirmationCode: 'LATER',
        arrivalDate: '2026-12-05',
      }),
    );

    const page = await staff.value('reservations:list', {
      arrivalDate: '2026-12-04',
      limit: 2,
      offset: 2,
    });

    expect(page.total).toBe(5);
    expect(page.items).toHaveLength(2);
    expect(
      page.items.every((item) => item.confirmationCode.startsWith('TODAY')),
    ).toBe(true);
  });

  it('joins the active card', async () => {
    const staff = harness();
    await staff.unlock();
    const record = staff.storage.reservations.create(sampleReservation());
    const key = await staff.value('cards:issue', {
      reservationId: record.id,
      sendSms: false,
    });

    const { items } = await staff.value('reservations:list', {});

    expect(items[0]?.activeCard?.cardNo).toBe(key.cardNo);
  });

  it('audits a walk-in without the phone', async () => {
    const staff = harness();
    await staff.unlock();

    const created = await staff.value('reservations:create', walkIn);
    const [entry] = staff.storage.audit.list({ action: 'reservation.created' });

    expect(entry?.reservationId).toBe(created.id);
    expect(entry?.room).toBe('101');
    expect(JSON.stringify(entry)).not.toContain('13800138000');
  });
});
