import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import {
  type QrMasterClient,
  type QrMasterErrorCode,
} from '../../../main/qrmaster';
import {
  startSimulator,
  type Fault,
  type Simulator,
} from '../../../main/simulator';
import { clientFor, holder, stay } from './helpers';

let sim: Simulator;
let client: QrMasterClient;
let cardNo: string;

beforeAll(async () => {
  sim = await startSimulator();
  // A short total timeout keeps the held and delayed responses quick, but
  // leaves room for a retried call on a loaded two-core CI machine.
  client = clientFor(sim, { totalTimeoutMs: 1500 });
  ({ cardNo } = await client.getLink(stay()));
});

afterAll(async () => {
  client.close();
  await sim.stop();
});

beforeEach(() => {
  sim.clearFaults();
  sim.resetRequests();
});

async function codeOf(
  call: Promise<unknown>,
): Promise<QrMasterErrorCode | 'ok'> {
  try {
    await call;
    return 'ok';
  } catch (error) {
    return (error as { code: QrMasterErrorCode }).code;
  }
}

const getLinkFaults: Array<[string, Fault, QrMasterErrorCode | 'ok']> = [
  ['a delay past the timeout', { kind: 'delay', ms: 3000 }, 'outcome-unknown'],
  ['no answer', { kind: 'no-answer' }, 'outcome-unknown'],
  ['a dropped response', { kind: 'drop-response' }, 'outcome-unknown'],
  ['a reset connection', { kind: 'reset' }, 'outcome-unknown'],
  ['HTTP 500', { kind: 'http-500' }, 'invalid-response'],
  ['an HTML page', { kind: 'html' }, 'invalid-response'],
  ['quota 4005', { kind: 'quota' }, 'quota-exceeded'],
  ['a clock 11 minutes ahead', { kind: 'clock-offset', ms: 11 * 60_000 }, 'ok'],
  [
    'a clock 25 hours ahead',
    { kind: 'clock-offset', ms: 25 * 3600_000 },
    'clock-skew',
  ],
];

describe('client error mapping of simulator faults', () => {
  it.each(getLinkFaults)('maps %s in getLink', async (_name, fault, code) => {
    sim.injectFault('getLink', fault);

    expect(await codeOf(client.getLink(stay()))).toBe(code);
  });

  it.each(getLinkFaults.filter(([, , code]) => code !== 'ok'))(
    'sends getLink once despite %s',
    async (_name, fault) => {
      sim.injectFault('getLink', fault);
      await codeOf(client.getLink(stay()));

      expect(sim.requests()).toHaveLength(1);
    },
  );

  it('keeps the card made before the response was dropped', async () => {
    sim.injectFault('getLink', { kind: 'drop-response' });
    const before = sim.cards().length;
    await codeOf(client.getLink(stay({ sendSms: true })));

    const cards = sim.cards();
    expect(cards).toHaveLength(before + 1);
    expect(cards.at(-1)?.smsSent).toBe(1);
    expect(sim.requests()[0]?.status).toBe('dropped');
  });

  it('accepts a delayed response in time', async () => {
    sim.injectFault('getLink', { kind: 'delay', ms: 50 });

    expect(await codeOf(client.getLink(stay()))).toBe('ok');
  });

  it('retries getCard after two HTTP 500s', async () => {
    sim.injectFault('getCard', { kind: 'http-500', count: 2 });

    expect(await codeOf(client.getCard({ cardNo, ...holder }))).toBe('ok');
    expect(sim.requests().map((r) => r.status)).toEqual([
      'http-500',
      'http-500',
      200,
    ]);
  });

  it('retries getCard after a lost response', async () => {
    sim.injectFault('getCard', { kind: 'no-answer', count: 1 });

    expect(await codeOf(client.getCard({ cardNo, ...holder }))).toBe('ok');
    expect(sim.requests()).toHaveLength(2);
  });

  it('stops retrying getCard after three tries', async () => {
    sim.injectFault('getCard', { kind: 'reset' });

    expect(await codeOf(client.getCard({ cardNo, ...holder }))).toBe(
      'outcome-unknown',
    );
    expect(sim.requests()).toHaveLength(3);
  });

  it('does not retry an HTML page in getCard', async () => {
    sim.injectFault('getCard', { kind: 'html' });

    expect(await codeOf(client.getCard({ cardNo, ...holder }))).toBe(
      'invalid-response',
    );
    expect(sim.requests()).toHaveLength(1);
  });

  it('tries fetchRoomInfo three times on HTTP 500', async () => {
    sim.injectFault('fetchRoomInfo', { kind: 'http-500' });

    expect(await codeOf(client.fetchRoomInfo())).toBe('invalid-response');
    expect(sim.requests()).toHaveLength(3);
  });

  it('sends cancelCard once despite a reset', async () => {
    sim.injectFault('cancelCard', { kind: 'reset' });

    expect(await codeOf(client.cancelCard({ cardNo }))).toBe('outcome-unknown');
    expect(sim.requests()).toHaveLength(1);
  });

  it('shows what was sent at /sim/requests', async () => {
    sim.injectFault('getLink', { kind: 'html' });
    await codeOf(client.getLink(stay({ roomNo: 'R007' })));

    const answer = await fetch(`${sim.baseUrl}sim/requests`);
    const requests = (await answer.json()) as Array<{
      action: string;
      status: string;
    }>;
    expect(requests).toEqual([
      expect.objectContaining({ action: 'getLink', status: 'html' }),
    ]);
  });
});
