import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { startSimulator, type Simulator } from '../../../main/simulator';
import { FaultBook } from '../../../main/simulator/faults';
import { beijingCardTime, cardCall, envelope } from './raw-request';

let sim: Simulator;

beforeEach(async () => {
  sim = await startSimulator();
});

afterEach(async () => {
  await sim.stop();
});

function control(
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  const init: RequestInit = { method };
  if (body !== undefined) init.body = JSON.stringify(body);
  return fetch(`${sim.baseUrl}sim/${path}`, init);
}

function issue(): ReturnType<typeof cardCall> {
  return cardCall(sim.baseUrl, sim, 'getLink', {
    mobile: '13800138000',
    communityNo: sim.communityNo,
    roomNo: 'R007',
    endTime: beijingCardTime(Date.now() + 3600_000),
  });
}

describe('simulator control endpoints', () => {
  it('lists recorded requests', async () => {
    await issue();
    const requests = (await (
      await control('GET', 'requests')
    ).json()) as Array<{
      action: string;
      fields: Record<string, unknown>;
    }>;

    expect(requests).toHaveLength(1);
    expect(requests[0]?.action).toBe('getLink');
    expect(requests[0]?.fields.roomNo).toBe('R007');
  });

  it('lists issued cards', async () => {
    const cardNo = envelope(await issue()).no;
    const cards = (await (await control('GET', 'cards')).json()) as Array<{
      cardNo: string;
      state: string;
    }>;

    expect(cards.map((card) => card.cardNo)).toEqual([cardNo]);
    expect(cards[0]?.state).toBe('active');
  });

  it('injects a fault over HTTP', async () => {
    const added = await control('POST', 'faults', {
      action: 'getLink',
      kind: 'quota',
      count: 1,
    });
    expect(added.status).toBe(201);

    expect(envelope(await issue()).status).toBe(4005);
    expect(envelope(await issue()).status).toBe(200);
  });

  it('rejects a fault of unknown kind with 400', async () => {
    const answer = await control('POST', 'faults', {
      action: 'getLink',
      kind: 'meteor',
    });

    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { error: string }).error).toMatch(
      /kind must be one of/,
    );
  });

  it('rejects a delay fault without ms', async () => {
    const answer = await control('POST', 'faults', {
      action: 'getLink',
      kind: 'delay',
    });

    expect(answer.status).toBe(400);
  });

  it('clears faults over HTTP', async () => {
    await control('POST', 'faults', { action: '*', kind: 'quota' });
    await control('DELETE', 'faults');

    expect(envelope(await issue()).status).toBe(200);
  });

  it('empties the request log over HTTP', async () => {
    await issue();
    await control('POST', 'reset-requests');

    expect(sim.requests()).toEqual([]);
  });

  it('moves the clock over HTTP', async () => {
    await control('POST', 'clock', { offsetMs: 25 * 3600_000 });

    expect(envelope(await issue()).status).toBe(401);
  });

  it('answers 404 for an unknown control path', async () => {
    expect((await control('GET', 'nothing')).status).toBe(404);
  });
});

describe('FaultBook', () => {
  it('fires a counted fault that many times', () => {
    const book = new FaultBook(1);
    book.add('getLink', { kind: 'quota', count: 2 });

    const fired = [1, 2, 3].map(() => book.draw('getLink').length);
    expect(fired).toEqual([1, 1, 0]);
  });

  it('ignores other actions', () => {
    const book = new FaultBook(1);
    book.add('getCard', { kind: 'quota' });

    expect(book.draw('getLink')).toEqual([]);
  });

  it('repeats a probabilistic run for the same seed', () => {
    const run = (seed: number): number[] => {
      const book = new FaultBook(seed);
      book.add('*', { kind: 'http-500', probability: 0.5 });
      return Array.from({ length: 40 }, () => book.draw('getLink').length);
    };

    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it('fires a probability of 0.25 about a quarter of the time', () => {
    const book = new FaultBook(42);
    book.add('*', { kind: 'html', probability: 0.25 });

    const fired = Array.from(
      { length: 2000 },
      () => book.draw('getCard').length,
    );
    const share = fired.reduce((sum, n) => sum + n, 0) / fired.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.3);
  });

  it('rejects a probability above 1', () => {
    const book = new FaultBook(1);

    expect(() => book.add('getLink', { kind: 'html', probability: 2 })).toThrow(
      /probability/,
    );
  });
});
