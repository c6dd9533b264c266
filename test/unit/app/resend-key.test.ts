import { afterEach, describe, expect, it } from 'vitest';

import type { RecordedRequest } from '../../../main/simulator';
import { startTestServices, type TestServices } from '../../support/services';

let running: TestServices | null = null;

afterEach(async () => {
  await running?.cleanup();
  running = null;
});

const li = {
  booking: { by: 'code', code: 'DEMO1001' },
  secondFactor: { by: 'surname', surname: 'Wang' },
} as const;

async function getLinks(app: TestServices): Promise<RecordedRequest[]> {
  const url = new URL('sim/requests', app.services.simulatorUrl ?? '');
  const requests = (await (await fetch(url)).json()) as RecordedRequest[];
  return requests.filter((request) => request.action === 'getLink');
}

/** Checks a demo guest in without SMS and returns a fresh lookup's ticket. */
async function repeatVisitTicket(app: TestServices): Promise<string> {
  const first = await app.call('checkin:lookup', li);
  if (!first.ok) throw new Error(first.error.message);
  await app.call('checkin:issue-card', {
    ticket: first.value.ticket,
    sendSms: false,
  });
  const again = await app.call('checkin:lookup', li);
  if (!again.ok) throw new Error(again.error.message);
  return again.value.ticket;
}

describe('checkin:resend-key', () => {
  it('texts a replacement and cancels the old card', async () => {
    const app = (running = await startTestServices());
    const ticket = await repeatVisitTicket(app);

    const key = await app.call('checkin:resend-key', { ticket });

    expect(key.ok).toBe(true);
    if (!key.ok) return;
    const links = await getLinks(app);
    expect(links.map((request) => request.fields.sendSms)).toEqual(['0', '1']);
    expect(key.value.smsSent).toBe(true);
    expect(key.value.smsTo).toBe('+86138****8000');
  });

  it('resends once for a double tap', async () => {
    const app = (running = await startTestServices());
    const ticket = await repeatVisitTicket(app);

    const [first, second] = await Promise.all([
      app.call('checkin:resend-key', { ticket }),
      app.call('checkin:resend-key', { ticket }),
    ]);
    const third = await app.call('checkin:resend-key', { ticket });

    expect(await getLinks(app)).toHaveLength(2);
    expect(first.ok).toBe(true);
    expect(second.ok).toBe(true);
    expect(third.ok).toBe(true);
    if (!first.ok || !second.ok || !third.ok) return;
    expect(second.value.cardNo).toBe(first.value.cardNo);
    expect(third.value.cardNo).toBe(first.value.cardNo);
  });

  it('rejects an unknown ticket', async () => {
    const app = (running = await startTestServices());

    const result = await app.call('checkin:resend-key', {
      ticket: 'x'.repeat(32),
    });

    expect(result.ok).toBe(false);
    expect(await getLinks(app)).toHaveLength(0);
  });
});

describe('checkin:issue-card with a typed number', () => {
  it('rejects a landline for the text and sends nothing', async () => {
    const app = (running = await startTestServices());
    const stay = await app.call('checkin:lookup', li);
    if (!stay.ok) throw new Error(stay.error.message);

    const result = await app.call('checkin:issue-card', {
      ticket: stay.value.ticket,
      sendSms: true,
      phone: '+49301234567',
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBe('phone');
    expect(await getLinks(app)).toHaveLength(0);
  });
});
