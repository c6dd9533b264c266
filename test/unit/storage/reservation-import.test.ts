import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { importReservationsCsv } from '../../../main/storage';
import type { Storage } from '../../../main/storage';
import { thrownAppError, useStorage } from './temp-dir';

const HEADER =
  'confirmation_code,first_name,last_name,phone,building,floor,room,arrival_date,arrival_time,departure_date,departure_time,status';
const ROW =
  'ABC123,Wei,Zhang,13800138000,1,3,301,2026-12-04,,2026-12-06,11:30,';
const OPTIONS = { defaultCountry: 'CN', propertyTimeZone: 'Asia/Shanghai' };

function importLines(storage: Storage, lines: string[], options = OPTIONS) {
  return importReservationsCsv(storage, lines.join('\n'), options);
}

/** Returns the one rejection of a file made of the header and `row`. */
function rejectionOf(storage: Storage, row: string) {
  const report = importLines(storage, [HEADER, row]);
  expect(report.imported).toBe(0);
  expect(report.rejected).toHaveLength(1);
  return report.rejected[0];
}

describe('importReservationsCsv', () => {
  const openTemp = useStorage();

  it('imports a row with every field', () => {
    const storage = openTemp();

    const report = importLines(storage, [HEADER, ROW]);

    expect(report).toEqual({ imported: 1, updated: 0, rejected: [] });
    expect(storage.reservations.findByCode('ABC123')).toMatchObject({
      firstName: 'Wei',
      lastName: 'Zhang',
      phoneE164: '+8613800138000',
      areaCode: '86',
      nationalNumber: '13800138000',
      building: '1',
      floor: '3',
      room: '301',
      arrivalDate: '2026-12-04',
      arrivalTime: null,
      departureDate: '2026-12-06',
      departureTime: '11:30',
      status: 'booked',
    });
  });

  it('imports the shipped sample file', () => {
    const storage = openTemp();
    const sample = readFileSync(
      path.resolve(import.meta.dirname, '../../../samples/reservations.csv'),
      'utf8',
    );

    const report = importReservationsCsv(storage, sample, OPTIONS);

    expect(report.rejected).toEqual([]);
    expect(report.imported).toBe(5);
    expect(storage.reservations.findByCode('LK-1002')?.firstName).toBe('小明');
    expect(storage.reservations.findByCode('LK-1003')?.phoneE164).toBe(
      '+49301234567',
    );
  });

  it('reads columns in any order and header case', () => {
    const storage = openTemp();

    importLines(storage, [
      'ROOM,Arrival_Date,LAST_NAME,First Name,Confirmation_Code,departure_date',
      '301,2026-12-04,Zhang,Wei,ABC123,2026-12-06',
    ]);

    expect(storage.reservations.findByCode('ABC123')).toMatchObject({
      room: '301',
      firstName: 'Wei',
      phoneE164: null,
    });
  });

  it('skips a UTF-8 byte order mark', () => {
    const storage = openTemp();

    const report = importReservationsCsv(
      storage,
      `\uFEFF${HEADER}\n${ROW}`,
      OPTIONS,
    );

    expect(report.imported).toBe(1);
  });

  it('reads CRLF line ends', () => {
    const storage = openTemp();

    const report = importReservationsCsv(
      storage,
      `${HEADER}\r\n${ROW}\r\n`,
      OPTIONS,
    );

    expect(report.imported).toBe(1);
  });

  it('keeps a quoted comma in a field', () => {
    const storage = openTemp();

    importLines(storage, [
      HEADER,
      'ABC123,James,"O\'Brien, Jr.",,1,3,301,2026-12-04,,2026-12-06,,',
    ]);

    expect(storage.reservations.findByCode('ABC123')?.lastName).toBe(
      "O'Brien, Jr.",
    );
  });

  it('counts lines across a quoted newline', () => {
    const storage = openTemp();

    const report = importLines(storage, [
      HEADER,
      'A1,"Wei',
      'Wei",Zhang,,1,3,301,2026-12-04,,2026-12-06,,',
      'A2,Wei,Zhang,,1,3,301,2026-12-04,,2026-12-01,,',
    ]);

    expect(report.rejected.map((r) => [r.line, r.confirmationCode])).toEqual([
      [2, 'A1'],
      [4, 'A2'],
    ]);
    expect(report.rejected[0]?.reason).toContain('line break');
  });

  it('rejects a missing confirmation code', () => {
    const rejected = rejectionOf(
      openTemp(),
      ',Wei,Zhang,,1,3,301,2026-12-04,,2026-12-06,,',
    );

    expect(rejected).toEqual({
      line: 2,
      confirmationCode: null,
      reason: 'confirmation_code is missing; fill it in.',
    });
  });

  it('rejects a building without a floor', () => {
    const rejected = rejectionOf(
      openTemp(),
      'BLD1,Bo,Ding,,1,,107,2026-12-04,,2026-12-06,,',
    );

    expect(rejected?.reason).toBe(
      'floor is missing while building "1" is given; fill in both or neither.',
    );
  });

  it('rejects a floor without a building', () => {
    const rejected = rejectionOf(
      openTemp(),
      'FLR1,Bo,Ding,,,2,107,2026-12-04,,2026-12-06,,',
    );

    expect(rejected?.reason).toBe(
      'building is missing while floor "2" is given; fill in both or neither.',
    );
  });

  it('rejects a departure before the arrival', () => {
    const rejected = rejectionOf(
      openTemp(),
      'ABC123,Wei,Zhang,,1,3,301,2026-12-04,,2026-12-03,,',
    );

    expect(rejected?.confirmationCode).toBe('ABC123');
    expect(rejected?.reason).toBe(
      'departure_date 2026-12-03 is before arrival_date 2026-12-04; swap or correct them.',
    );
  });

  it('rejects a same-day stay without times', () => {
    const rejected = rejectionOf(
      openTemp(),
      'ABC123,Wei,Zhang,,1,3,301,2026-12-04,,2026-12-04,,',
    );

    expect(rejected?.reason).toContain('give arrival_time and departure_time');
  });

  it('accepts a same-day stay with ordered times', () => {
    const storage = openTemp();

    const report = importLines(storage, [
      HEADER,
      'ABC123,Wei,Zhang,,1,3,301,2026-12-04,9:00,2026-12-04,17:30,',
    ]);

    expect(report.imported).toBe(1);
    expect(storage.reservations.findByCode('ABC123')?.arrivalTime).toBe(
      '09:00',
    );
  });

  it('rejects an unparseable date', () => {
    const rejected = rejectionOf(
      openTemp(),
      'ABC123,Wei,Zhang,,1,3,301,04/12/2026,,2026-12-06,,',
    );

    expect(rejected?.reason).toBe(
      'arrival_date "04/12/2026" is not a date; use YYYY-MM-DD, such as "2026-12-04".',
    );
  });

  it('rejects an impossible date', () => {
    const rejected = rejectionOf(
      openTemp(),
      'ABC123,Wei,Zhang,,1,3,301,2026-02-27,,2026-02-30,,',
    );

    expect(rejected?.reason).toContain(
      'departure_date "2026-02-30" does not exist',
    );
  });

  it('rejects an invalid time', () => {
    const rejected = rejectionOf(
      openTemp(),
      'ABC123,Wei,Zhang,,1,3,301,2026-12-04,,2026-12-06,25:00,',
    );

    expect(rejected?.reason).toContain('departure_time "25:00" is not a time');
  });

  it('rejects a phone number not valid for its country', () => {
    const rejected = rejectionOf(
      openTemp(),
      'ABC123,Wei,Zhang,12345,1,3,301,2026-12-04,,2026-12-06,,',
    );

    expect(rejected?.reason).toContain(
      'phone "12345" is not a valid phone number',
    );
    expect(rejected?.reason).toContain('read as CN');
  });

  it.each([
    ['030 1234567', 'DE', '+49301234567', '49', '301234567'],
    ['0049 30 1234567', 'CN', '+49301234567', '49', '301234567'],
    ['+44 20 7946 0958', 'CN', '+442079460958', '44', '2079460958'],
    ['020 7946 0958', 'GB', '+442079460958', '44', '2079460958'],
    ['138-0013-8000', 'CN', '+8613800138000', '86', '13800138000'],
  ])(
    'normalises phone %s with default %s',
    (phone, country, e164, area, national) => {
      const storage = openTemp();

      importLines(
        storage,
        [HEADER, `ABC123,Wei,Zhang,${phone},1,3,301,2026-12-04,,2026-12-06,,`],
        { ...OPTIONS, defaultCountry: country },
      );

      expect(storage.reservations.findByCode('ABC123')).toMatchObject({
        phoneE164: e164,
        areaCode: area,
        nationalNumber: national,
      });
    },
  );

  it('rejects a row with too many columns and keeps the others', () => {
    const storage = openTemp();

    const report = importLines(storage, [
      HEADER,
      'A1,Wei,Zhang,,1,3,301,2026-12-04,,2026-12-06,,,extra',
      'A2,Wei,Zhang,,1,3,302,2026-12-04,,2026-12-06,,',
    ]);

    expect(report.imported).toBe(1);
    expect(report.rejected).toEqual([
      {
        line: 2,
        confirmationCode: 'A1',
        reason:
          'The row has 13 fields but the header has 12; quote fields that contain commas.',
      },
    ]);
    expect(storage.reservations.findByCode('A2')).not.toBeNull();
  });

  it('rejects a row with too few columns', () => {
    const rejected = rejectionOf(openTemp(), 'A1,Wei,Zhang');

    expect(rejected?.reason).toContain('3 fields but the header has 12');
  });

  it('rejects a duplicate code within one file', () => {
    const storage = openTemp();

    const report = importLines(storage, [
      HEADER,
      ROW,
      ROW.replace('ABC123', 'abc123').replace('301', '302'),
    ]);

    expect(report.imported).toBe(1);
    expect(report.rejected[0]).toMatchObject({
      line: 3,
      confirmationCode: 'abc123',
    });
    expect(report.rejected[0]?.reason).toContain('already appears on line 2');
    expect(storage.reservations.findByCode('ABC123')?.room).toBe('301');
  });

  it('updates the reservation of a known code', () => {
    const storage = openTemp();
    importLines(storage, [HEADER, ROW]);
    const before = storage.reservations.findByCode('ABC123');

    const report = importLines(storage, [
      HEADER,
      ROW.replace(',301,', ',405,'),
    ]);

    expect(report).toEqual({ imported: 0, updated: 1, rejected: [] });
    const after = storage.reservations.findByCode('ABC123');
    expect(after?.id).toBe(before?.id);
    expect(after?.room).toBe('405');
  });

  it('rejects an unknown status', () => {
    const rejected = rejectionOf(openTemp(), `${ROW}arrived`);

    expect(rejected?.reason).toContain('status "arrived" is invalid');
  });

  it('rejects a room with path characters', () => {
    const rejected = rejectionOf(
      openTemp(),
      'ABC123,Wei,Zhang,,1,3,../../1,2026-12-04,,2026-12-06,,',
    );

    expect(rejected?.reason).toContain('room "../../1" is invalid');
  });

  it('rejects a name longer than 80 characters', () => {
    const rejected = rejectionOf(
      openTemp(),
      `ABC123,${'W'.repeat(81)},Zhang,,1,3,301,2026-12-04,,2026-12-06,,`,
    );

    expect(rejected?.reason).toContain('first_name');
    expect(rejected?.reason).toContain('longer than 80 characters');
  });

  it('rejects an empty file', () => {
    const error = thrownAppError(() =>
      importReservationsCsv(openTemp(), '', OPTIONS),
    );

    expect(error?.code).toBe('invalid-request');
    expect(error?.message).toBe(
      'The file is empty; export it with a header row.',
    );
  });

  it('imports nothing from a file with only a header', () => {
    const report = importLines(openTemp(), [HEADER]);

    expect(report).toEqual({ imported: 0, updated: 0, rejected: [] });
  });

  it('rejects a header without a required column', () => {
    const error = thrownAppError(() =>
      importLines(openTemp(), ['confirmation_code,first_name,last_name,room']),
    );

    expect(error?.message).toContain(
      'lacks the required column(s) arrival_date',
    );
  });

  it('rejects an unknown header column', () => {
    const error = thrownAppError(() =>
      importLines(openTemp(), [`${HEADER},nights`]),
    );

    expect(error?.message).toContain('Header column "nights" is unknown');
  });

  it('rejects a repeated header column', () => {
    const error = thrownAppError(() =>
      importLines(openTemp(), [`${HEADER},room`]),
    );

    expect(error?.message).toBe(
      'Header column "room" appears twice; keep one.',
    );
  });

  it('rejects a file with an unclosed quote', () => {
    const storage = openTemp();

    const error = thrownAppError(() =>
      importLines(storage, [
        HEADER,
        'ABC123,"Wei,Zhang,,1,3,301,2026-12-04,,2026-12-06,,',
      ]),
    );

    expect(error?.message).toContain('not valid CSV');
    expect(storage.reservations.list({}).total).toBe(0);
  });

  it('rejects an invalid default country', () => {
    const error = thrownAppError(() =>
      importLines(openTemp(), [HEADER, ROW], {
        ...OPTIONS,
        defaultCountry: 'cn',
      }),
    );

    expect(error?.field).toBe('defaultCountry');
  });

  it('rejects an unknown property time zone', () => {
    const error = thrownAppError(() =>
      importLines(openTemp(), [HEADER, ROW], {
        ...OPTIONS,
        propertyTimeZone: 'Mars/Base',
      }),
    );

    expect(error?.field).toBe('propertyTimeZone');
  });
});
