import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { QrMasterError, type QrMasterClient } from '../../../main/qrmaster';
import {
  createDefaultCommunity,
  startSimulator,
  type Simulator,
} from '../../../main/simulator';
import { clientFor, holder, stay } from './helpers';

const PNG_BASE64_START = 'iVBORw0KGgo';

describe.each(['json', 'xml'] as const)('QrMasterClient over %s', (format) => {
  let sim: Simulator;
  let client: QrMasterClient;

  beforeAll(async () => {
    sim = await startSimulator();
    client = clientFor(sim, { format });
  });

  afterAll(async () => {
    client.close();
    await sim.stop();
  });

  beforeEach(() => {
    sim.resetRequests();
  });

  it('issues a card with getLink', async () => {
    const { cardNo } = await client.getLink(stay({ sendSms: true }));

    const card = sim.cards().find((c) => c.cardNo === cardNo);
    expect(card?.roomNo).toBe('101');
    expect(card?.sendSms).toBe(true);
  });

  it('sends a verified signature in the named format', async () => {
    await client.getLink(stay());

    const [request] = sim.requests();
    expect(request?.signatureValid).toBe(true);
    expect(request?.format).toBe(format);
  });

  it('sends every getLink field as the simulator records it', async () => {
    await client.getLink(
      stay({ roomNo: 'R007', times: 3, outInfo: 'BK42', opentype: 1 }),
    );

    const fields = sim.requests()[0]?.fields;
    expect(fields?.roomNo).toBe('R007');
    expect(fields?.times).toBe('3');
    expect(fields?.outInfo).toBe('BK42');
    expect(fields?.opentype).toBe('1');
    expect(fields?.endTime).toMatch(/^\d{10}$/);
  });

  it('sends the end of the stay in the community zone', async () => {
    const endTime = new Date('2099-06-01T14:00:00+02:00');
    const { cardNo } = await client.getLink(stay({ endTime }));

    expect(sim.cards().find((c) => c.cardNo === cardNo)?.endTime).toBe(
      '9906012000',
    );
  });

  it('fetches the QR image with getCard', async () => {
    const { cardNo } = await client.getLink(stay());
    const { pngBase64 } = await client.getCard({ cardNo, ...holder });

    expect(pngBase64.startsWith(PNG_BASE64_START)).toBe(true);
  });

  it('sends roomFlag, time and resultType in getCard', async () => {
    const { cardNo } = await client.getLink(stay());
    await client.getCard({ cardNo, ...holder });

    const fields = sim.requests()[1]?.fields;
    expect(fields?.roomFlag).toBe(cardNo);
    expect(fields?.resultType).toBe('1');
    expect(Math.abs(Number(fields?.time) - Date.now() / 1000)).toBeLessThan(60);
  });

  it('maps another holder to api-error 5017', async () => {
    const { cardNo } = await client.getLink(stay());
    const error = await client
      .getCard({ cardNo, mobile: '13900139000', areaCode: '86' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(QrMasterError);
    expect((error as QrMasterError).code).toBe('api-error');
    expect((error as QrMasterError).apiStatus).toBe(5017);
  });

  it('cancels a card so getCard fails with 5016', async () => {
    const { cardNo } = await client.getLink(stay());
    await client.cancelCard({ cardNo });

    await expect(client.getCard({ cardNo, ...holder })).rejects.toMatchObject({
      code: 'api-error',
      apiStatus: 5016,
    });
  });

  it('reports a card lost for the whole room', async () => {
    const { cardNo } = await client.getLink(stay());
    await client.reportLost({ cardNo, wholeRoom: true });

    const card = sim.cards().find((c) => c.cardNo === cardNo);
    expect(card?.state).toBe('lost');
    expect(card?.wholeRoom).toBe(true);
  });

  it('maps an unknown room to api-error 5007', async () => {
    await expect(client.getLink(stay({ roomNo: '999' }))).rejects.toMatchObject(
      {
        code: 'api-error',
        apiStatus: 5007,
      },
    );
  });

  it('maps an ambiguous room to api-error with the server message', async () => {
    const error = (await client
      .getLink(stay({ buildNo: undefined, floorNo: undefined }))
      .catch((e: unknown) => e)) as QrMasterError;

    expect(error.apiStatus).toBe(5007);
    expect(error.message).toContain('several buildings');
  });

  it('sends nothing for an invalid input', async () => {
    await expect(
      client.getLink(stay({ roomNo: '../../1' })),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      field: 'roomNo',
    });
    expect(sim.requests()).toEqual([]);
  });

  it('maps fetchRoomInfo to buildings, floors and rooms', async () => {
    const info = await client.fetchRoomInfo();

    const annex = info.buildings.find((b) => b.number === '2');
    const floor6 = annex?.floors.find((f) => f.number === '6');
    expect(floor6?.rooms.map((r) => r.roomNo)).toEqual(['C6-01', 'C6-02']);
    expect(floor6?.rooms[0]?.lockType).toBe('QRMLOCK');
  });

  it('never sends the token in the fetchRoomInfo form', async () => {
    await client.fetchRoomInfo();

    const request = sim.requests()[0];
    expect(request?.signatureValid).toBe(true);
    expect(Object.keys(request?.fields ?? {}).sort()).toEqual([
      'accountSid',
      'communityNo',
      'timestamp',
    ]);
  });
});

describe('QrMasterClient card number field', () => {
  it('reads cardNo when the server sends it', async () => {
    const sim = await startSimulator({ cardNumberField: 'cardNo' });
    const client = clientFor(sim);
    try {
      const { cardNo } = await client.getLink(stay());

      expect(sim.cards().map((c) => c.cardNo)).toEqual([cardNo]);
    } finally {
      client.close();
      await sim.stop();
    }
  });
});

describe('QrMasterClient authentication', () => {
  let sim: Simulator;

  beforeAll(async () => {
    sim = await startSimulator();
  });

  afterAll(async () => {
    await sim.stop();
  });

  beforeEach(() => {
    sim.setClockOffsetMs(0);
  });

  it('maps a wrong token to auth-failed', async () => {
    const client = clientFor({ ...sim, authToken: 'wrongtoken' });

    await expect(client.getLink(stay())).rejects.toMatchObject({
      code: 'auth-failed',
      apiStatus: 4008,
    });
    client.close();
  });

  it('maps an unknown account to auth-failed', async () => {
    const client = clientFor({ ...sim, accountSid: 'f'.repeat(32) });

    await expect(client.fetchRoomInfo()).rejects.toMatchObject({
      code: 'auth-failed',
      apiStatus: 4006,
    });
    client.close();
  });

  it('maps a server clock 25 hours ahead to clock-skew', async () => {
    sim.setClockOffsetMs(25 * 3600_000);
    const client = clientFor(sim);
    const error = (await client
      .getLink(stay())
      .catch((e: unknown) => e)) as QrMasterError;

    expect(error.code).toBe('clock-skew');
    expect(Math.abs((error.clockOffsetMs ?? 0) - 25 * 3600_000)).toBeLessThan(
      5_000,
    );
    expect(error.message).toContain('about 25 hours behind');
    client.close();
  });

  it('maps a local clock 25 hours ahead to clock-skew', async () => {
    const client = clientFor(sim, {
      now: () => new Date(Date.now() + 25 * 3600_000),
    });
    const error = (await client
      .getLink(
        stay({
          startTime: new Date(Date.now() + 25 * 3600_000),
          endTime: new Date(Date.now() + 50 * 3600_000),
        }),
      )
      .catch((e: unknown) => e)) as QrMasterError;

    expect(error.code).toBe('clock-skew');
    expect(error.clockOffsetMs).toBeLessThan(-24 * 3600_000);
    client.close();
  });

  it('tries a clock-skew failure once only', async () => {
    sim.setClockOffsetMs(-25 * 3600_000);
    sim.resetRequests();
    const client = clientFor(sim);
    await client
      .getCard({ cardNo: 'AB12CD34EF56GH78', ...holder })
      .catch(() => undefined);

    expect(sim.requests()).toHaveLength(1);
    client.close();
  });
});

describe('QrMasterClient XML escaping', () => {
  it('round-trips a room number with XML syntax', async () => {
    const community = createDefaultCommunity();
    community.buildings[0]!.floors[0]!.rooms.push({
      roomNo: 'A&B<1>',
      lockNo: '10099',
      roomType: 'Suite',
      lockType: 'QRALOCK',
    });
    const sim = await startSimulator({ community });
    const client = clientFor(sim, { format: 'xml' });
    try {
      const { cardNo } = await client.getLink(stay({ roomNo: 'A&B<1>' }));

      expect(sim.cards().find((c) => c.cardNo === cardNo)?.roomNo).toBe(
        'A&B<1>',
      );
    } finally {
      client.close();
      await sim.stop();
    }
  });
});
