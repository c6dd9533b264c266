import log from 'electron-log/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { QrMasterClient } from '../../../main/qrmaster';
import { startSimulator, type Simulator } from '../../../main/simulator';
import { clientFor, holder, stay } from './helpers';

interface LogMessage {
  data: unknown[];
  level: string;
  scope?: string;
}

const lines: string[] = [];
let sim: Simulator;
let client: QrMasterClient;

beforeAll(async () => {
  // A transport of our own receives every line at every level.
  const capture = Object.assign(
    (message: LogMessage) => {
      lines.push(
        `${message.level} ${message.scope ?? ''} ${message.data.map(String).join(' ')}`,
      );
    },
    { level: 'debug' as const },
  );
  (log.transports as unknown as Record<string, unknown>).capture = capture;

  sim = await startSimulator();
  client = clientFor(sim);
  const { cardNo } = await client.getLink(stay({ sendSms: true }));
  await client.getCard({ cardNo, ...holder });
  await client.getLink(stay({ roomNo: '999' })).catch(() => undefined);
  await client.fetchRoomInfo();
});

afterAll(async () => {
  delete (log.transports as unknown as Record<string, unknown>).capture;
  client.close();
  await sim.stop();
});

function qrmasterLines(): string[] {
  return lines.filter((line) => line.includes('qrmaster'));
}

describe('client logging', () => {
  it('logs each call with action, status and duration', () => {
    expect(qrmasterLines()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/getLink status 200 in \d+ ms/),
        expect.stringMatching(
          /getCard status 200 in \d+ ms \(card [A-Z0-9]{16}/,
        ),
        expect.stringMatching(/fetchRoomInfo status 200 in \d+ ms/),
        expect.stringMatching(/getLink failed in \d+ ms .*5007/),
      ]),
    );
  });

  it('logs the issued card number', () => {
    const cardNo = sim.cards()[0]!.cardNo;

    expect(
      qrmasterLines().some((line) => line.includes(`issued card ${cardNo}`)),
    ).toBe(true);
  });

  it('masks the mobile number', () => {
    const text = qrmasterLines().join('\n');

    expect(text).toContain('138****8000');
    expect(text).not.toContain('13800138000');
  });

  it('never logs the token, sig or Authorization', () => {
    const text = lines.join('\n');
    const authorization = Buffer.from(`${sim.accountSid}:`)
      .toString('base64')
      .slice(0, 40);

    expect(text).not.toContain(sim.authToken);
    expect(text).not.toMatch(/sig=/);
    expect(text).not.toContain(authorization);
  });
});
