import { describe, expect, it } from 'vitest';

import { QrMasterError, type GetLinkParams } from '../../../main/qrmaster';
import {
  buildGetCardFields,
  buildGetLinkFields,
  checkCardNo,
} from '../../../main/qrmaster/validation';
import { HOUR_MS, stay } from './helpers';

const NOW = new Date('2025-06-01T08:00:00Z');

function fields(overrides: Partial<GetLinkParams>): Record<string, string> {
  return buildGetLinkFields(
    stay({
      startTime: new Date('2025-06-01T12:00:00+02:00'),
      endTime: new Date('2025-06-03T11:30:00+02:00'),
      ...overrides,
    }),
    '1316880000',
    'Europe/Berlin',
    NOW,
  );
}

/** Returns the field named by the invalid-input error, or fails. */
function rejectedField(overrides: Partial<GetLinkParams>): string | undefined {
  try {
    fields(overrides);
  } catch (error) {
    expect(error).toBeInstanceOf(QrMasterError);
    expect((error as QrMasterError).code).toBe('invalid-input');
    return (error as QrMasterError).field;
  }
  throw new Error('expected an invalid-input error');
}

describe('buildGetLinkFields', () => {
  it('sends every value as a string', () => {
    const result = fields({ times: 3, sendSms: true, outInfo: 'BK1234' });

    expect(result).toEqual({
      mobile: '13800138000',
      areaCode: '86',
      communityNo: '1316880000',
      cardType: '0',
      buildNo: '1',
      floorNo: '1',
      roomNo: '101',
      startTime: '2506011200',
      endTime: '2506031130',
      sendSms: '1',
      times: '3',
      outInfo: 'BK1234',
    });
  });

  it('always sends endTime', () => {
    expect(fields({}).endTime).toBe('2506031130');
  });

  it('sends isLost as 1 for a loss-report card', () => {
    expect(fields({ isLost: true }).isLost).toBe('1');
  });

  it('keeps free-text room numbers', () => {
    expect(fields({ roomNo: 'C6-01' }).roomNo).toBe('C6-01');
  });

  const rejections: Array<[string, Partial<GetLinkParams>, string]> = [
    ['a mobile with a plus', { mobile: '+8613800138000' }, 'mobile'],
    ['a mobile with spaces', { mobile: '138 0013 8000' }, 'mobile'],
    ['a 5,000-digit mobile', { mobile: '1'.repeat(5000) }, 'mobile'],
    ['an empty mobile', { mobile: '' }, 'mobile'],
    ['an areaCode with a plus', { areaCode: '+86' }, 'areaCode'],
    ['buildNo without floorNo', { floorNo: undefined }, 'floorNo'],
    ['floorNo without buildNo', { buildNo: undefined }, 'buildNo'],
    [
      'a floor card without buildNo',
      {
        cardType: 1,
        buildNo: undefined,
        floorNo: undefined,
        roomNo: undefined,
      },
      'buildNo',
    ],
    [
      'a building card without buildNo',
      {
        cardType: 2,
        buildNo: undefined,
        floorNo: undefined,
        roomNo: undefined,
      },
      'buildNo',
    ],
    ['a room card without roomNo', { roomNo: undefined }, 'roomNo'],
    ['a roomNo on a floor card', { cardType: 1 }, 'roomNo'],
    ['a path-like roomNo', { roomNo: '../../1' }, 'roomNo'],
    ['a roomNo with a backslash', { roomNo: '1\\01' }, 'roomNo'],
    ['a roomNo with a newline', { roomNo: '10\n1' }, 'roomNo'],
    ['a roomNo with a NUL', { roomNo: '101\u0000' }, 'roomNo'],
    ['a blank roomNo', { roomNo: '   ' }, 'roomNo'],
    ['a roomNo of 33 characters', { roomNo: 'R'.repeat(33) }, 'roomNo'],
    [
      'a start after the end',
      { startTime: new Date('2025-06-04T00:00:00Z') },
      'endTime',
    ],
    [
      'an end equal to the start',
      { startTime: new Date('2025-06-03T11:30:00+02:00') },
      'endTime',
    ],
    [
      'an end within the start minute',
      {
        startTime: new Date('2025-06-03T11:29:30+02:00'),
        endTime: new Date('2025-06-03T11:29:50+02:00'),
      },
      'endTime',
    ],
    [
      'a stay that already ended',
      {
        startTime: new Date('2025-05-01T00:00:00Z'),
        endTime: new Date('2025-05-02T00:00:00Z'),
      },
      'endTime',
    ],
    ['an invalid start date', { startTime: new Date('nonsense') }, 'startTime'],
    ['a missing endTime', { endTime: undefined }, 'endTime'],
    [
      'an end in 2100',
      { endTime: new Date('2100-01-02T00:00:00Z') },
      'endTime',
    ],
    ['times of 255', { times: 255 }, 'times'],
    ['times of -1', { times: -1 }, 'times'],
    ['times of 1.5', { times: 1.5 }, 'times'],
    [
      'times on a building card',
      { cardType: 2, floorNo: undefined, roomNo: undefined, times: 1 },
      'times',
    ],
    [
      'isLost on a floor card',
      { cardType: 1, roomNo: undefined, isLost: true },
      'isLost',
    ],
    ['outInfo of 21 characters', { outInfo: 'A'.repeat(21) }, 'outInfo'],
    ['outInfo with a dash', { outInfo: 'BK-1' }, 'outInfo'],
    ['cardType 3', { cardType: 3 as 0 }, 'cardType'],
    ['cipherType 3', { cipherType: 3 as 0 }, 'cipherType'],
    ['opentype 2', { opentype: 2 as 0 }, 'opentype'],
    ['sendSms as a string', { sendSms: '1' as unknown as boolean }, 'sendSms'],
  ];

  it.each(rejections)('rejects %s', (_name, overrides, field) => {
    expect(rejectedField(overrides)).toBe(field);
  });

  it('names the rule in the message', () => {
    expect(() => fields({ floorNo: undefined })).toThrow(
      'buildNo and floorNo must be given together.',
    );
  });

  it('shows control characters escaped in the message', () => {
    expect(() => fields({ roomNo: '10\n1' })).toThrow('"10\\n1"');
  });

  it('accepts a building card with buildNo alone', () => {
    const result = fields({
      cardType: 2,
      floorNo: undefined,
      roomNo: undefined,
    });

    expect(result.cardType).toBe('2');
    expect(result.floorNo).toBeUndefined();
  });

  it('accepts times of 254 and 0', () => {
    expect(fields({ times: 254 }).times).toBe('254');
    expect(fields({ times: 0 }).times).toBe('0');
  });
});

describe('buildGetCardFields', () => {
  const params = {
    cardNo: 'AB12CD34EF56GH78',
    mobile: '13800138000',
    areaCode: '86',
  };

  it('sends the card number as roomFlag with time and resultType', () => {
    const result = buildGetCardFields(
      params,
      '1316880000',
      'Asia/Shanghai',
      NOW,
    );

    expect(result.roomFlag).toBe('AB12CD34EF56GH78');
    expect(result.time).toBe(String(NOW.getTime() / 1000));
    expect(result.resultType).toBe('1');
    expect(result.cardNo).toBeUndefined();
  });

  it('formats openEndTime in the community zone', () => {
    const result = buildGetCardFields(
      { ...params, openEndTime: new Date(NOW.getTime() + 2 * HOUR_MS) },
      '1316880000',
      'Asia/Shanghai',
      NOW,
    );

    expect(result.openEndTime).toBe('2506011800');
  });

  it('rejects a card number with a slash', () => {
    expect(() => checkCardNo('getCard', 'AB/12')).toThrow(/letters and digits/);
  });
});
