import { describe, expect, it } from 'vitest';

import { sampleReservation } from '../storage/temp-dir';
import { useStaffHarness, type StaffHarness } from './harness';

function queueIssue(staff: StaffHarness): {
  outboxId: number;
  reservationId: number;
} {
  const reservation = staff.storage.reservations.create(sampleReservation());
  const row = staff.storage.outbox.enqueue('issue-card', reservation.id, {
    sendSms: true,
  });
  return { outboxId: row.id, reservationId: reservation.id };
}

describe('outbox handlers', () => {
  const harness = useStaffHarness();

  it('lists rows without the phone', async () => {
    const staff = harness();
    await staff.unlock();
    const { outboxId, reservationId } = queueIssue(staff);

    const items = await staff.value('outbox:list', {});

    expect(items).toEqual([
      expect.objectContaining({
        id: outboxId,
        reservationId,
        room: '301',
        guestName: 'Wei Zhang',
        state: 'pending',
      }),
    ]);
    expect(JSON.stringify(items)).not.toContain('13800138000');
    expect(items[0]).not.toHaveProperty('payload');
  });

  it('retries a row waiting for staff', async () => {
    const staff = harness();
    await staff.unlock();
    const { outboxId } = queueIssue(staff);
    staff.storage.outbox.markSending(outboxId);
    staff.storage.outbox.markNeedsStaff(outboxId, 'auth-failed');

    const item = await staff.value('outbox:retry', { id: outboxId });

    expect(item.state).toBe('pending');
    expect(item.nextAttemptAt).not.toBeNull();
    expect(staff.pokeCount()).toBe(1);
  });

  it('rejects retrying a sent row', async () => {
    const staff = harness();
    await staff.unlock();
    const { outboxId } = queueIssue(staff);
    staff.storage.outbox.markSending(outboxId);
    staff.storage.outbox.markSent(outboxId);

    const result = await staff.call('outbox:retry', { id: outboxId });

    expect(result.ok || result.error.code).toBe('conflict');
    expect(staff.pokeCount()).toBe(0);
  });

  it('rejects an unknown outbox id', async () => {
    const staff = harness();
    await staff.unlock();

    const result = await staff.call('outbox:retry', { id: 99 });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBe('id');
    expect(result.error.message).toContain('99');
  });

  it('cancels a pending row', async () => {
    const staff = harness();
    await staff.unlock();
    const { outboxId } = queueIssue(staff);

    const item = await staff.value('outbox:cancel', { id: outboxId });

    expect(item.state).toBe('cancelled');
    expect(staff.storage.outbox.countOpen()).toBe(0);
  });

  it('rejects cancelling a row being sent', async () => {
    const staff = harness();
    await staff.unlock();
    const { outboxId } = queueIssue(staff);
    staff.storage.outbox.markSending(outboxId);

    const result = await staff.call('outbox:cancel', { id: outboxId });

    expect(result.ok || result.error.code).toBe('conflict');
    expect(staff.storage.outbox.getById(outboxId)?.state).toBe('sending');
  });

  it('audits retry and cancel', async () => {
    const staff = harness();
    await staff.unlock();
    const { outboxId, reservationId } = queueIssue(staff);

    await staff.value('outbox:retry', { id: outboxId });
    await staff.value('outbox:cancel', { id: outboxId });
    const actions = staff.storage.audit
      .list({})
      .filter((entry) => entry.action.startsWith('outbox.'));

    expect(actions.map((entry) => entry.action)).toEqual([
      'outbox.cancelled',
      'outbox.retried',
    ]);
    expect(
      actions.every((entry) => entry.reservationId === reservationId),
    ).toBe(true);
  });
});

describe('audit handlers', () => {
  const harness = useStaffHarness();

  it('filters by date, room and action', async () => {
    const staff = harness();
    await staff.unlock();
    const { audit } = staff.storage;
    const base = {
      actor: 'staff',
      reservationId: null,
      cardNo: null,
      detail: null,
    };
    audit.record({
      ...base,
      action: 'card.issued',
      room: '301',
      at: '2026-12-01T10:00:00.000Z',
    });
    audit.record({
      ...base,
      action: 'card.issued',
      room: '302',
      at: '2026-12-02T10:00:00.000Z',
    });
    audit.record({
      ...base,
      action: 'card.cancelled',
      room: '301',
      at: '2026-12-02T11:00:00.000Z',
    });

    const byDate = await staff.value('audit:list', {
      from: '2026-12-02',
      to: '2026-12-02',
    });
    const byRoom = await staff.value('audit:list', { room: '301' });
    const byAction = await staff.value('audit:list', {
      action: 'card.cancelled',
    });

    expect(byDate.map((entry) => entry.room)).toEqual(['301', '302']);
    expect(byRoom.map((entry) => entry.action)).toEqual([
      'card.cancelled',
      'card.issued',
    ]);
    expect(byAction).toHaveLength(1);
  });

  it('exports CSV named by the property date', async () => {
    // 2026-12-04T17:00Z is already 5 December in Shanghai.
    const staff = harness({ settings: { propertyTimeZone: 'Asia/Shanghai' } });
    staff.advance(10 * 60 * 60_000);
    await staff.unlock();

    const exported = await staff.value('audit:export-csv', {});

    expect(exported.fileName).toBe('lobbykey-audit-2026-12-05.csv');
    expect(exported.csv.split('\r\n')[0]).toContain('action');
    expect(exported.csv).toContain('staff.pin-set');
  });

  it('records the export itself', async () => {
    const staff = harness();
    await staff.unlock();

    const exported = await staff.value('audit:export-csv', {});
    const [entry] = staff.storage.audit.list({ action: 'audit.exported' });

    expect(entry?.detail).toBe(exported.fileName);
  });
});
