import { afterEach, describe, expect, it } from 'vitest';

import { failureOf } from './fixtures';
import { startCardFixture } from './card-fixture';

type Fixture = Awaited<ReturnType<typeof startCardFixture>>;
let fixture: Fixture;

afterEach(() => fixture.stop());

function smsCount(): number {
  return fixture.simulator.cards().reduce((sum, card) => sum + card.smsSent, 0);
}

describe('card issue with an unknown outcome', () => {
  it('sends at most one SMS when the response is dropped', async () => {
    fixture = await startCardFixture();
    const { id } = fixture.createStay();
    fixture.simulator.injectFault('getLink', {
      kind: 'drop-response',
      count: 1,
    });

    const key = await fixture.cards.issue(id, {
      sendSms: true,
      actor: 'guest',
    });

    expect(fixture.getLinks()).toHaveLength(2);
    expect(fixture.getLinks()[1]?.fields.sendSms).toBe('0');
    expect(smsCount()).toBe(1);
    expect(key.smsSent).toBe(false);
    expect(fixture.storage.cards.listForReservation(id)).toHaveLength(1);
  });

  it('supersedes the lost card with a loss-report follow-up', async () => {
    fixture = await startCardFixture();
    const { id } = fixture.createStay();
    fixture.simulator.injectFault('getLink', {
      kind: 'drop-response',
      count: 1,
    });

    const key = await fixture.cards.issue(id, {
      sendSms: true,
      actor: 'guest',
    });

    const serverCards = fixture.simulator.cards();
    const active = serverCards.filter((card) => card.state === 'active');
    expect(fixture.getLinks()[1]?.fields.isLost).toBe('1');
    expect(active.map((card) => card.cardNo)).toEqual([key.cardNo]);
    expect(serverCards).toHaveLength(2);
  });

  it('audits the unknown outcome and the follow-up', async () => {
    fixture = await startCardFixture();
    const { id } = fixture.createStay();
    fixture.simulator.injectFault('getLink', {
      kind: 'drop-response',
      count: 1,
    });

    await fixture.cards.issue(id, { sendSms: true, actor: 'guest' });

    expect(fixture.auditActions()).toEqual(
      expect.arrayContaining([
        'card.outcome-unknown',
        'card.follow-up-issued',
        'card.issued',
      ]),
    );
  });

  it('follows up once after a client timeout', async () => {
    fixture = await startCardFixture({ client: { totalTimeoutMs: 300 } });
    const { id } = fixture.createStay();
    fixture.simulator.injectFault('getLink', {
      kind: 'delay',
      ms: 1500,
      count: 1,
    });

    const key = await fixture.cards.issue(id, {
      sendSms: true,
      actor: 'guest',
    });

    expect(key.cardNo).toMatch(/^[A-Za-z0-9]{16}$/);
    // The delayed first request makes its card only after the delay.
    await expect
      .poll(() => fixture.simulator.cards().length, { timeout: 5000 })
      .toBe(2);
    expect(smsCount()).toBe(1);
    expect(fixture.getLinks()).toHaveLength(2);
  });

  it('keeps a roommate card alive on follow-up', async () => {
    fixture = await startCardFixture();
    const roommate = fixture.createStay({
      confirmationCode: 'ROOM42',
      lastName: 'Roe',
    });
    const roommateKey = await fixture.cards.issue(roommate.id, {
      sendSms: false,
      actor: 'staff',
    });
    const { id } = fixture.createStay();
    fixture.simulator.injectFault('getLink', {
      kind: 'drop-response',
      count: 1,
    });

    await fixture.cards.issue(id, { sendSms: true, actor: 'guest' });

    const onServer = new Map(
      fixture.simulator.cards().map((card) => [card.cardNo, card]),
    );
    expect(fixture.getLinks().at(-1)?.fields.isLost).not.toBe('1');
    expect(onServer.get(roommateKey.cardNo)?.state).toBe('active');
  });

  it('stops after the follow-up also goes unanswered', async () => {
    fixture = await startCardFixture();
    const { id } = fixture.createStay();
    fixture.simulator.injectFault('getLink', {
      kind: 'drop-response',
      count: 2,
    });

    const detail = await failureOf(
      fixture.cards.issue(id, { sendSms: true, actor: 'guest' }),
    );

    expect(detail?.code).toBe('outcome-unknown');
    expect(fixture.getLinks()).toHaveLength(2);
    expect(smsCount()).toBe(1);
    expect(fixture.auditActions()).toContain('card.follow-up-failed');
  });

  it('makes no follow-up for an outbox row', async () => {
    fixture = await startCardFixture();
    const { id } = fixture.createStay();
    fixture.simulator.injectFault('getLink', {
      kind: 'drop-response',
      count: 1,
    });

    const detail = await failureOf(
      fixture.cards.issue(id, { sendSms: true, actor: 'outbox' }),
    );

    expect(detail?.code).toBe('outcome-unknown');
    expect(fixture.getLinks()).toHaveLength(1);
  });
});

/** Two stays in room 102 with a card each, as for a shared room. */
async function issueTwoCardsInOneRoom() {
  const first = fixture.createStay();
  const second = fixture.createStay({
    confirmationCode: 'XYZ789',
    lastName: 'Roe',
  });
  const options = { sendSms: false, actor: 'staff' } as const;
  return [
    await fixture.cards.issue(first.id, options),
    await fixture.cards.issue(second.id, options),
  ] as const;
}

describe('card replacement and ending', () => {
  it('resends by SMS with a new card and cancels the old one', async () => {
    fixture = await startCardFixture();
    const { id } = fixture.createStay();
    const first = await fixture.cards.issue(id, {
      sendSms: false,
      actor: 'guest',
    });

    const second = await fixture.cards.resendSms(id, 'staff');

    const onServer = new Map(
      fixture.simulator.cards().map((card) => [card.cardNo, card]),
    );
    expect(second.cardNo).not.toBe(first.cardNo);
    expect(second.smsSent).toBe(true);
    expect(onServer.get(first.cardNo)?.state).toBe('cancelled');
    expect(onServer.get(second.cardNo)?.smsSent).toBe(1);
    expect(
      fixture.storage.cards.listForReservation(id).map((card) => card.status),
    ).toEqual(['replaced', 'active']);
  });

  it('cancels a card on the server and locally', async () => {
    fixture = await startCardFixture();
    const { id } = fixture.createStay();
    const key = await fixture.cards.issue(id, {
      sendSms: false,
      actor: 'guest',
    });

    const record = await fixture.cards.cancel(key.cardId, 'staff');

    expect(record.status).toBe('cancelled');
    expect(fixture.simulator.cards()[0]?.state).toBe('cancelled');
    expect(fixture.auditActions()).toContain('card.cancelled');
  });

  it('rejects cancelling a card twice', async () => {
    fixture = await startCardFixture();
    const { id } = fixture.createStay();
    const key = await fixture.cards.issue(id, {
      sendSms: false,
      actor: 'guest',
    });
    await fixture.cards.cancel(key.cardId, 'staff');

    const detail = await failureOf(fixture.cards.cancel(key.cardId, 'staff'));

    expect(detail?.code).toBe('conflict');
  });

  it('cancels once for two concurrent cancels', async () => {
    fixture = await startCardFixture();
    const { id } = fixture.createStay();
    const key = await fixture.cards.issue(id, {
      sendSms: false,
      actor: 'guest',
    });

    const results = await Promise.allSettled([
      fixture.cards.cancel(key.cardId, 'staff'),
      fixture.cards.cancel(key.cardId, 'staff'),
    ]);

    const cancels = fixture.simulator
      .requests()
      .filter((request) => request.action === 'cancelCard');
    expect(cancels).toHaveLength(1);
    expect(results.map((result) => result.status).sort()).toEqual([
      'fulfilled',
      'rejected',
    ]);
  });

  it('marks every active card of the room lost for wholeRoom', async () => {
    fixture = await startCardFixture();
    const [keyA, keyB] = await issueTwoCardsInOneRoom();

    await fixture.cards.reportLost(keyA.cardId, true, 'staff');

    expect(fixture.storage.cards.getById(keyA.cardId)?.status).toBe('lost');
    expect(fixture.storage.cards.getById(keyB.cardId)?.status).toBe('lost');
    const lost = fixture.simulator
      .requests()
      .find((r) => r.action === 'reportLost');
    expect(lost?.fields.wholeRoom).toBe('1');
  });

  it('marks only the one card lost without wholeRoom', async () => {
    fixture = await startCardFixture();
    const [keyA, keyB] = await issueTwoCardsInOneRoom();

    await fixture.cards.reportLost(keyA.cardId, false, 'staff');

    expect(fixture.storage.cards.getById(keyB.cardId)?.status).toBe('active');
  });

  it('extends the stay with a new card ending then', async () => {
    fixture = await startCardFixture();
    const { id } = fixture.createStay();
    const first = await fixture.cards.issue(id, {
      sendSms: false,
      actor: 'guest',
    });

    const second = await fixture.cards.extendStay(
      id,
      '2036-12-08',
      '10:00',
      'staff',
    );

    expect(second.validUntil).toBe('2036-12-08T09:00:00.000Z');
    expect(fixture.storage.reservations.getById(id)?.departureDate).toBe(
      '2036-12-08',
    );
    expect(fixture.storage.cards.getById(first.cardId)?.status).toBe(
      'replaced',
    );
    const newest = fixture.simulator.cards().at(-1);
    expect(newest?.endTime).toBe('3612081700');
  });

  it('keeps the old departure when the new card fails', async () => {
    fixture = await startCardFixture();
    const { id } = fixture.createStay();
    const first = await fixture.cards.issue(id, {
      sendSms: false,
      actor: 'guest',
    });
    fixture.simulator.injectFault('getLink', { kind: 'quota' });

    const detail = await failureOf(
      fixture.cards.extendStay(id, '2036-12-08', null, 'staff'),
    );

    expect(detail?.code).toBe('quota-exceeded');
    expect(fixture.storage.reservations.getById(id)?.departureDate).toBe(
      '2036-12-06',
    );
    expect(fixture.storage.cards.getById(first.cardId)?.status).toBe('active');
  });
});
