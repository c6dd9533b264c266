import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { failureOf } from './fixtures';
import { startCardFixture } from './card-fixture';

type Fixture = Awaited<ReturnType<typeof startCardFixture>>;
let fixture: Fixture;

beforeEach(async () => {
  fixture = await startCardFixture();
});

afterEach(() => fixture.stop());

describe('card issue', () => {
  it('makes one getLink for ten concurrent calls', async () => {
    const { id } = fixture.createStay();

    const keys = await Promise.all(
      Array.from({ length: 10 }, () =>
        fixture.cards.issue(id, { sendSms: true, actor: 'guest' }),
      ),
    );

    expect(fixture.getLinks()).toHaveLength(1);
    expect(new Set(keys.map((key) => key.cardNo)).size).toBe(1);
  });

  it('returns the active card on a repeat check-in', async () => {
    const { id } = fixture.createStay();
    const first = await fixture.cards.issue(id, {
      sendSms: false,
      actor: 'guest',
    });

    const second = await fixture.cards.issue(id, {
      sendSms: true,
      actor: 'guest',
    });

    expect(second.cardNo).toBe(first.cardNo);
    expect(fixture.getLinks()).toHaveLength(1);
    expect(second.qrPng.length).toBeGreaterThan(0);
  });

  it('sends the end at 11:30 Berlin as 18:30 Shanghai time', async () => {
    const { id } = fixture.createStay();

    await fixture.cards.issue(id, { sendSms: false, actor: 'guest' });

    const [card] = fixture.simulator.cards();
    expect(card?.endTime).toBe('3612061830');
    expect(card?.startTime).toBe('3612050000');
  });

  it('starts the card at arrival when the guest is early', async () => {
    fixture.clock.set('2036-12-04T09:00:00Z');
    const { id } = fixture.createStay();

    const key = await fixture.cards.issue(id, {
      sendSms: false,
      actor: 'staff',
    });

    expect(key.validFrom).toBe('2036-12-04T14:00:00.000Z');
    expect(fixture.simulator.cards()[0]?.startTime).toBe('3612042200');
  });

  it('sends the fields the guest chose', async () => {
    const { id } = fixture.createStay();

    await fixture.cards.issue(id, { sendSms: true, actor: 'guest' });

    const fields = fixture.getLinks()[0]?.fields;
    expect(fields).toMatchObject({
      mobile: '15112345678',
      areaCode: '49',
      sendSms: '1',
      buildNo: '1',
      floorNo: '1',
      roomNo: '102',
      outInfo: 'LK1ABC123',
    });
  });

  it('sends sendSms 0 when the guest turns SMS off', async () => {
    const { id } = fixture.createStay();

    const key = await fixture.cards.issue(id, {
      sendSms: false,
      actor: 'guest',
    });

    expect(fixture.getLinks()[0]?.fields.sendSms).toBe('0');
    expect(key.smsTo).toBeNull();
  });

  it('texts a number the guest entered and keeps it', async () => {
    const { id } = fixture.createStay();

    const key = await fixture.cards.issue(id, {
      sendSms: true,
      phoneE164: '+8613912345678',
      actor: 'guest',
    });

    expect(fixture.getLinks()[0]?.fields).toMatchObject({
      mobile: '13912345678',
      areaCode: '86',
    });
    expect(key.smsTo).toBe('+86139****5678');
    expect(fixture.storage.reservations.getById(id)?.phoneE164).toBe(
      '+8613912345678',
    );
  });

  it('omits buildNo and floorNo when the booking has none', async () => {
    const { id } = fixture.createStay({
      building: null,
      floor: null,
      room: '201',
    });

    await fixture.cards.issue(id, { sendSms: false, actor: 'guest' });

    const fields = fixture.getLinks()[0]?.fields ?? {};
    expect(fields).not.toHaveProperty('buildNo');
    expect(fields).not.toHaveProperty('floorNo');
    expect(fields.roomNo).toBe('201');
  });

  it('writes the issue to the audit log without the full phone', async () => {
    const { id } = fixture.createStay();

    await fixture.cards.issue(id, { sendSms: true, actor: 'guest' });

    const entry = fixture.storage.audit
      .list({})
      .find((row) => row.action === 'card.issued');
    expect(entry).toMatchObject({
      actor: 'guest',
      reservationId: id,
      room: '102',
    });
    expect(entry?.detail).toContain('+49151****5678');
    expect(JSON.stringify(fixture.storage.audit.list({}))).not.toContain(
      '15112345678',
    );
  });

  it('rejects a booking without departure before any call', async () => {
    const { id } = fixture.createStay({ departureDate: null });

    const detail = await failureOf(
      fixture.cards.issue(id, { sendSms: false, actor: 'staff' }),
    );

    expect(detail?.code).toBe('checkout-missing');
    expect(fixture.simulator.requests()).toHaveLength(0);
  });

  it('rejects room "../../1" before any call', async () => {
    const { id } = fixture.createStay({ room: '../../1' });

    const detail = await failureOf(
      fixture.cards.issue(id, { sendSms: false, actor: 'staff' }),
    );

    expect(detail).toMatchObject({ code: 'invalid-request', field: 'roomNo' });
    expect(fixture.simulator.requests()).toHaveLength(0);
  });

  it('rejects a start after the end before any call', async () => {
    const { id } = fixture.createStay();

    const detail = await failureOf(
      fixture.cards.issue(id, {
        sendSms: false,
        actor: 'staff',
        validFrom: new Date('2036-12-05T12:00:00Z'),
        validUntil: new Date('2036-12-05T10:00:00Z'),
      }),
    );

    expect(detail).toMatchObject({
      code: 'invalid-request',
      field: 'validFrom',
    });
    expect(fixture.simulator.requests()).toHaveLength(0);
  });

  it('rejects a stay in the past before any call', async () => {
    const { id } = fixture.createStay({
      arrivalDate: '2036-11-01',
      departureDate: '2036-11-03',
    });

    const detail = await failureOf(
      fixture.cards.issue(id, { sendSms: false, actor: 'staff' }),
    );

    expect(detail).toMatchObject({
      code: 'invalid-request',
      field: 'validUntil',
    });
    expect(fixture.simulator.requests()).toHaveLength(0);
  });

  it('rejects a booking without any phone', async () => {
    const { id } = fixture.createStay({
      phoneE164: null,
      areaCode: null,
      nationalNumber: null,
    });

    const detail = await failureOf(
      fixture.cards.issue(id, { sendSms: true, actor: 'guest' }),
    );

    expect(detail).toMatchObject({ code: 'invalid-request', field: 'phone' });
    expect(fixture.simulator.requests()).toHaveLength(0);
  });
});

describe('card issue with API faults', () => {
  it('returns clock skew after one attempt', async () => {
    const { id } = fixture.createStay();
    fixture.simulator.injectFault('getLink', {
      kind: 'clock-offset',
      ms: 25 * 60 * 60 * 1000,
    });

    const detail = await failureOf(
      fixture.cards.issue(id, { sendSms: true, actor: 'guest' }),
    );

    expect(detail?.code).toBe('clock-skew');
    expect(detail?.clockOffsetMs).toBeGreaterThan(24 * 60 * 60 * 1000);
    expect(detail?.message).toContain('about 25 hours');
    expect(fixture.getLinks()).toHaveLength(1);
  });

  it('returns quota-exceeded with the API status', async () => {
    const { id } = fixture.createStay();
    fixture.simulator.injectFault('getLink', { kind: 'quota' });

    const detail = await failureOf(
      fixture.cards.issue(id, { sendSms: true, actor: 'guest' }),
    );

    expect(detail).toMatchObject({ code: 'quota-exceeded', apiStatus: 4005 });
  });

  it('returns invalid-response for HTTP 500', async () => {
    const { id } = fixture.createStay();
    fixture.simulator.injectFault('getLink', { kind: 'http-500' });

    const detail = await failureOf(
      fixture.cards.issue(id, { sendSms: true, actor: 'guest' }),
    );

    expect(detail?.code).toBe('invalid-response');
    expect(fixture.storage.cards.listForReservation(id)).toHaveLength(0);
  });

  it('returns invalid-response for an HTML page', async () => {
    const { id } = fixture.createStay();
    fixture.simulator.injectFault('getLink', { kind: 'html' });

    const detail = await failureOf(
      fixture.cards.issue(id, { sendSms: true, actor: 'guest' }),
    );

    expect(detail?.code).toBe('invalid-response');
  });

  it('returns api-error with the status of a missing room', async () => {
    const { id } = fixture.createStay({ room: '999' });

    const detail = await failureOf(
      fixture.cards.issue(id, { sendSms: true, actor: 'guest' }),
    );

    expect(detail?.code).toBe('api-error');
    expect(detail?.apiStatus).toBeGreaterThan(5000);
  });

  it('audits a failed issue with its code', async () => {
    const { id } = fixture.createStay();
    fixture.simulator.injectFault('getLink', { kind: 'quota' });

    await failureOf(fixture.cards.issue(id, { sendSms: true, actor: 'guest' }));

    expect(fixture.auditActions()).toContain('card.issue-failed');
  });
});
