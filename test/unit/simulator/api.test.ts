import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { startSimulator, type Simulator } from '../../../main/simulator';
import {
  beijingCardTime,
  beijingTimestamp,
  cardCall,
  envelope,
  post,
  schemeA,
} from './raw-request';

const HOUR = 3600_000;
let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator();
});

afterAll(async () => {
  await sim.stop();
});

beforeEach(() => {
  sim.clearFaults();
  sim.setClockOffsetMs(0);
});

/** A valid room card request; tests change one field at a time. */
function roomCard(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    mobile: '13800138000',
    areaCode: '86',
    communityNo: sim.communityNo,
    buildNo: '1',
    floorNo: '1',
    roomNo: '101',
    startTime: beijingCardTime(Date.now()),
    endTime: beijingCardTime(Date.now() + 24 * HOUR),
    sendSms: '0',
    ...overrides,
  };
}

async function statusOf(
  action: string,
  body: Record<string, unknown> | string,
  options: Parameters<typeof cardCall>[4] = {},
): Promise<unknown> {
  return envelope(await cardCall(sim.baseUrl, sim, action, body, options))
    .status;
}

async function issue(overrides: Record<string, unknown> = {}): Promise<string> {
  const answer = envelope(
    await cardCall(sim.baseUrl, sim, 'getLink', roomCard(overrides)),
  );
  expect(answer.status).toBe(200);
  return answer.no as string;
}

describe('simulator signature checks', () => {
  it('accepts a hand-built signed getLink', async () => {
    const answer = envelope(
      await cardCall(sim.baseUrl, sim, 'getLink', roomCard()),
    );

    expect(answer.status).toBe(200);
    expect(answer.no).toMatch(/^[A-Z0-9]{16}$/);
  });

  it('records the request with a valid signature', async () => {
    sim.resetRequests();
    await cardCall(sim.baseUrl, sim, 'getLink', roomCard({ roomNo: 'R007' }));

    const [recorded] = sim.requests();
    expect(recorded?.action).toBe('getLink');
    expect(recorded?.signatureValid).toBe(true);
    expect(recorded?.fields.roomNo).toBe('R007');
    expect(recorded?.status).toBe(200);
  });

  it('rejects a lower-case sig with 4008', async () => {
    const t = beijingTimestamp(Date.now());
    const { sig, authorization } = schemeA(sim, t);
    const answer = await cardCall(sim.baseUrl, sim, 'getLink', roomCard(), {
      sig: sig.toLowerCase(),
      authorization,
      instantMs: Date.now(),
    });

    expect(envelope(answer).status).toBe(4008);
  });

  it('rejects a sig made with another token with 4008', async () => {
    const t = beijingTimestamp(Date.now());
    const { sig } = schemeA({ ...sim, authToken: 'wrong' }, t);

    expect(await statusOf('getLink', roomCard(), { sig })).toBe(4008);
  });

  it('rejects a header without the colon with 4004', async () => {
    const t = beijingTimestamp(Date.now());
    const authorization = Buffer.from(sim.accountSid + t).toString('base64');

    expect(await statusOf('getLink', roomCard(), { authorization })).toBe(4004);
  });

  it('rejects a missing Authorization header with 4004', async () => {
    expect(await statusOf('getLink', roomCard(), { authorization: null })).toBe(
      4004,
    );
  });

  it('rejects an unknown account with 4006', async () => {
    const other = { accountSid: 'f'.repeat(32), authToken: sim.authToken };
    const answer = await cardCall(sim.baseUrl, other, 'getLink', roomCard());

    expect(envelope(answer).status).toBe(4006);
  });

  it('rejects T 25 hours behind with 401', async () => {
    const instantMs = Date.now() - 25 * HOUR;

    expect(await statusOf('getLink', roomCard(), { instantMs })).toBe(401);
  });

  it('accepts T 23 hours ahead', async () => {
    const instantMs = Date.now() + 23 * HOUR;

    expect(await statusOf('getLink', roomCard(), { instantMs })).toBe(200);
  });

  it('checks T against its offset clock', async () => {
    sim.setClockOffsetMs(25 * HOUR);

    expect(await statusOf('getLink', roomCard())).toBe(401);
  });

  it('sends its offset clock in the Date header', async () => {
    sim.setClockOffsetMs(25 * HOUR);
    const answer = await cardCall(sim.baseUrl, sim, 'getLink', roomCard());

    const offset = Date.parse(answer.headers.date ?? '') - Date.now();
    expect(Math.abs(offset - 25 * HOUR)).toBeLessThan(5_000);
  });

  it('rejects the token in the body with 4002', async () => {
    expect(
      await statusOf('getLink', roomCard({ authToken: sim.authToken })),
    ).toBe(4002);
  });

  it('rejects an unknown action with 4003', async () => {
    expect(await statusOf('makeCoffee', roomCard())).toBe(4003);
  });
});

describe('simulator getLink parameters', () => {
  const cases: Array<[string, Record<string, unknown>, number]> = [
    ['missing mobile', { mobile: '' }, 4001],
    ['mobile with a plus', { mobile: '+8613800138000' }, 5103],
    ['missing communityNo', { communityNo: null }, 4001],
    ['communityNo with letters', { communityNo: '13168A' }, 5104],
    ['buildNo without floorNo', { floorNo: undefined }, 4001],
    ['floorNo without buildNo', { buildNo: undefined }, 4001],
    ['unknown building', { buildNo: '9' }, 5005],
    ['unknown floor', { floorNo: '9' }, 5006],
    ['unknown room', { roomNo: '999' }, 5007],
    ['path-like roomNo', { roomNo: '../../1' }, 5050],
    ['control character in roomNo', { roomNo: '10\n1' }, 5050],
    ['ambiguous roomNo alone', { buildNo: null, floorNo: null }, 5007],
    [
      'start after end',
      { startTime: '2506020000', endTime: '2506010000' },
      5100,
    ],
    ['start in 12 digits', { startTime: '202506010000' }, 5101],
    ['end on 31 February', { endTime: '2502311200' }, 5102],
    ['end at 24:00', { endTime: '2506012400' }, 5102],
    ['missing roomNo on a room card', { roomNo: undefined }, 4001],
    [
      'floor card without buildNo',
      {
        cardType: '1',
        buildNo: undefined,
        floorNo: undefined,
        roomNo: undefined,
      },
      4001,
    ],
    ['times above 254', { times: '255' }, 400],
    [
      'times on a floor card',
      { cardType: '1', roomNo: undefined, times: '3' },
      400,
    ],
    ['outInfo of 21 characters', { outInfo: 'A'.repeat(21) }, 400],
    ['sendSms of 2', { sendSms: '2' }, 400],
  ];

  it.each(cases)('rejects %s', async (_name, overrides, status) => {
    expect(await statusOf('getLink', roomCard(overrides))).toBe(status);
  });

  it('accepts a room alone when unique in the community', async () => {
    expect(
      await statusOf(
        'getLink',
        roomCard({ buildNo: '', floorNo: '', roomNo: 'C6-01' }),
      ),
    ).toBe(200);
  });

  it('accepts numbers for string fields', async () => {
    expect(
      await statusOf(
        'getLink',
        roomCard({ mobile: 13800138000, buildNo: 1, floorNo: 1 }),
      ),
    ).toBe(200);
  });

  it('issues a building card with buildNo alone', async () => {
    const cardNo = await issue({ cardType: '2', floorNo: null, roomNo: null });

    const card = sim.cards().find((c) => c.cardNo === cardNo);
    expect(card?.cardType).toBe(2);
  });

  it('defaults a card without endTime to five minutes', async () => {
    const before = beijingCardTime(Date.now() + 5 * 60_000);
    const cardNo = await issue({ startTime: null, endTime: null });
    const after = beijingCardTime(Date.now() + 5 * 60_000);

    const card = sim.cards().find((c) => c.cardNo === cardNo);
    // The minute may turn between the two readings.
    expect([before, after]).toContain(card?.endTime);
  });

  it('records sendSms and one SMS per card', async () => {
    const cardNo = await issue({ sendSms: '1' });

    const card = sim.cards().find((c) => c.cardNo === cardNo);
    expect(card?.sendSms).toBe(true);
    expect(card?.smsSent).toBe(1);
  });

  it('returns cardNo when started with that option', async () => {
    const other = await startSimulator({ cardNumberField: 'cardNo' });
    try {
      const answer = envelope(
        await cardCall(other.baseUrl, other, 'getLink', {
          ...roomCard(),
          communityNo: other.communityNo,
        }),
      );
      expect(answer.cardNo).toMatch(/^[A-Z0-9]{16}$/);
      expect(answer.no).toBeUndefined();
    } finally {
      await other.stop();
    }
  });
});

describe('simulator formats', () => {
  const xmlBody = (fields: Record<string, unknown>): string =>
    "<?xml version='1.0' encoding='utf-8'?><request>" +
    Object.entries(fields)
      .map(([name, value]) => `<${name}>${String(value)}</${name}>`)
      .join('') +
    '</request>';

  it('reads an XML body and answers in XML', async () => {
    const answer = await cardCall(
      sim.baseUrl,
      sim,
      'getLink',
      xmlBody(roomCard()),
      { accept: 'application/xml' },
    );

    expect(answer.headers['content-type']).toMatch(/^application\/xml/);
    expect(answer.body).toMatch(/<response><status>200<\/status>/);
    expect(answer.body).toMatch(/<no>[A-Z0-9]{16}<\/no>/);
  });

  it('reads the body by Accept whatever Content-Type says', async () => {
    const answer = await cardCall(sim.baseUrl, sim, 'getLink', roomCard(), {
      contentType: 'application/x-www-form-urlencode;charset=uft-8',
    });

    expect(envelope(answer).status).toBe(200);
  });

  it('rejects a JSON body sent with Accept XML with 4002', async () => {
    const answer = await cardCall(sim.baseUrl, sim, 'getLink', roomCard(), {
      accept: 'application/xml',
    });

    expect(answer.body).toMatch(/<status>4002<\/status>/);
  });

  it('answers every request with a Date header', async () => {
    const answer = await post(`${sim.baseUrl}sim/cards`, {}, '');

    expect(answer.headers.date).toBeDefined();
  });
});

describe('simulator card actions', () => {
  const holder = { mobile: '13800138000', areaCode: '86' };

  function getCard(cardNo: string, extra: Record<string, unknown> = {}) {
    return cardCall(sim.baseUrl, sim, 'getCard', {
      ...holder,
      communityNo: sim.communityNo,
      roomFlag: cardNo,
      cardType: '0',
      time: String(Math.floor(Date.now() / 1000)),
      resultType: '1',
      ...extra,
    });
  }

  it('returns a PNG QR image for the holder', async () => {
    const cardNo = await issue();
    const answer = envelope(await getCard(cardNo));

    const png = Buffer.from(answer.baseImg as string, 'base64');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('accepts the card number as cardNo too', async () => {
    const cardNo = await issue();
    const answer = envelope(await getCard('', { roomFlag: undefined, cardNo }));

    expect(answer.status).toBe(200);
  });

  it('rejects another holder with 5017', async () => {
    const cardNo = await issue();

    expect(
      envelope(await getCard(cardNo, { mobile: '13900139000' })).status,
    ).toBe(5017);
  });

  it('rejects an unknown card with 5016', async () => {
    expect(envelope(await getCard('0000000000000000')).status).toBe(5016);
  });

  it('rejects a cancelled card with 5016', async () => {
    const cardNo = await issue();
    await cardCall(sim.baseUrl, sim, 'cancelCard', { cardNo, cardType: '0' });

    expect(envelope(await getCard(cardNo)).status).toBe(5016);
  });

  it('accepts the old no field in cancelCard', async () => {
    const cardNo = await issue();

    expect(await statusOf('cancelCard', { no: cardNo, cardType: '0' })).toBe(
      200,
    );
  });

  it('marks a reported card lost and still serves it', async () => {
    const cardNo = await issue();
    await cardCall(sim.baseUrl, sim, 'reportLost', {
      cardNo,
      cardType: '0',
      wholeRoom: '1',
    });

    const card = sim.cards().find((c) => c.cardNo === cardNo);
    expect(card?.state).toBe('lost');
    expect(card?.wholeRoom).toBe(true);
    expect(envelope(await getCard(cardNo)).status).toBe(200);
  });

  it('rejects reportLost without wholeRoom with 4001', async () => {
    const cardNo = await issue();

    expect(await statusOf('reportLost', { cardNo, cardType: '0' })).toBe(4001);
  });

  it('returns a card with getRoomCardInfo', async () => {
    const cardNo = await issue({ roomNo: '102' });
    const answer = envelope(
      await cardCall(sim.baseUrl, sim, 'getRoomCardInfo', { cardNo }),
    );

    expect(answer.roomNo).toBe('102');
    expect(answer.state).toBe('active');
  });
});
