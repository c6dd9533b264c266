import { describe, expect, it } from 'vitest';

import { type QrMasterError } from '../../../main/qrmaster';
import { interpretResponse } from '../../../main/qrmaster/response';
import {
  readCardNo,
  readPng,
  readRoomInfo,
} from '../../../main/qrmaster/response-fields';
import type { Envelope } from '../../../main/qrmaster/wire';

const NOW = new Date('2025-06-01T08:00:00Z');

function interpret(
  body: string,
  format: 'json' | 'xml' = 'json',
  httpStatus = 200,
  headers = {},
) {
  return interpretResponse(
    'getLink',
    { httpStatus, headers, body },
    format,
    NOW,
  );
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as QrMasterError).code;
  }
  return undefined;
}

function envelopeOf(fields: Record<string, unknown>): Envelope {
  return { status: 200, info: 'success', fields };
}

describe('interpretResponse', () => {
  it('reads a JSON success envelope', () => {
    expect(
      interpret('{"status":200,"info":"success","no":"AB12"}').fields.no,
    ).toBe('AB12');
  });

  it('reads an XML success envelope', () => {
    const body =
      "<?xml version='1.0' encoding='utf-8'?><response><status>200</status><info>success</info><no>AB12</no></response>";

    expect(interpret(body, 'xml').fields.no).toBe('AB12');
  });

  it('rejects XML under another root', () => {
    const body = '<reply><status>200</status></reply>';

    expect(codeOf(() => interpret(body, 'xml'))).toBe('invalid-response');
  });

  it('rejects an HTML page answered with HTTP 200', () => {
    expect(() =>
      interpret('<!DOCTYPE html><html><body>oops</body></html>'),
    ).toThrow('an HTML page');
  });

  it('rejects an HTML page when XML was asked for', () => {
    expect(
      codeOf(() => interpret('<html><body>oops</body></html>', 'xml')),
    ).toBe('invalid-response');
  });

  it('rejects an empty body', () => {
    expect(() => interpret('')).toThrow('an empty body');
  });

  it('rejects JSON without a status', () => {
    expect(codeOf(() => interpret('{"info":"success"}'))).toBe(
      'invalid-response',
    );
  });

  it('rejects a JSON list', () => {
    expect(codeOf(() => interpret('[200]'))).toBe('invalid-response');
  });

  it('rejects HTTP 502 even with an envelope', () => {
    expect(
      codeOf(() => interpret('{"status":200,"info":"success"}', 'json', 502)),
    ).toBe('invalid-response');
  });

  it('checks the body status under HTTP 200', () => {
    const error = (() => {
      try {
        interpret('{"status":5005,"info":"building not found"}');
      } catch (e) {
        return e as QrMasterError;
      }
    })();

    expect(error?.code).toBe('api-error');
    expect(error?.apiStatus).toBe(5005);
    expect(error?.message).toContain('building not found');
  });

  it('reads a status sent as a string', () => {
    expect(codeOf(() => interpret('{"status":"4005","info":"quota"}'))).toBe(
      'quota-exceeded',
    );
  });

  it.each([401, 4004, 4006, 4008])(
    'maps %i to auth-failed with a plausible clock',
    (status) => {
      const headers = {
        date: new Date(NOW.getTime() + 9 * 60_000).toUTCString(),
      };

      expect(
        codeOf(() =>
          interpret(`{"status":${status},"info":"x"}`, 'json', 200, headers),
        ),
      ).toBe('auth-failed');
    },
  );

  it('maps 401 to clock-skew past 10 minutes', () => {
    const headers = {
      date: new Date(NOW.getTime() - 11 * 60_000).toUTCString(),
    };

    expect(
      codeOf(() =>
        interpret('{"status":401,"info":"x"}', 'json', 200, headers),
      ),
    ).toBe('clock-skew');
  });

  it('maps 4003 to api-error', () => {
    expect(
      codeOf(() => interpret('{"status":4003,"info":"no such API"}')),
    ).toBe('api-error');
  });
});

describe('response fields', () => {
  it('prefers cardNo over no', () => {
    expect(readCardNo(envelopeOf({ cardNo: 'CARD1', no: 'CARD2' }))).toBe(
      'CARD1',
    );
  });

  it('falls back to no', () => {
    expect(readCardNo(envelopeOf({ no: 'CARD2' }))).toBe('CARD2');
  });

  it('rejects a success without a card number', () => {
    expect(codeOf(() => readCardNo(envelopeOf({})))).toBe('invalid-response');
  });

  it('strips a data URL prefix from the image', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0,
    ]).toString('base64');

    expect(
      readPng(envelopeOf({ baseImg: `data:image/png;base64,${png}` })),
    ).toBe(png);
  });

  it('rejects an image that is not a PNG', () => {
    const gif = Buffer.from('GIF89a-not-a-png').toString('base64');

    expect(codeOf(() => readPng(envelopeOf({ baseImg: gif })))).toBe(
      'invalid-response',
    );
  });

  it('rejects room info whose floors are not a list', () => {
    const fields = {
      data: { builders: [{ builderNum: '1', floors: 'none' }] },
    };

    expect(codeOf(() => readRoomInfo(envelopeOf(fields)))).toBe(
      'invalid-response',
    );
  });

  it('reads numbers in room info as strings', () => {
    const fields = {
      data: {
        builders: [
          {
            builderNum: 1,
            floors: [
              { floorNum: 2, rooms: [{ no: 201, num: 7, locktype: 'QRLOCK' }] },
            ],
          },
        ],
      },
    };

    expect(
      readRoomInfo(envelopeOf(fields)).buildings[0]?.floors[0]?.rooms[0],
    ).toEqual({
      roomNo: '201',
      lockNo: '7',
      roomType: '',
      lockType: 'QRLOCK',
    });
  });
});
