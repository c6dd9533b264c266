import { describe, expect, it } from 'vitest';

import type { Reservation } from '../../../../preload/contract';
import { defaultValidity } from '../../../../renderer/src/staff/desk/IssueCardForm';
import { toNewReservation } from '../../../../renderer/src/staff/desk/WalkInForm';
import { touchInterval } from '../../../../renderer/src/staff/lib/use-idle-lock';
import { formatCountdown } from '../../../../renderer/src/staff/pin/PinGate';
import { countRooms } from '../../../../renderer/src/staff/setup/ConnectionTest';
import { timeZoneOptions } from '../../../../renderer/src/staff/setup/TimeZoneSelect';
import { toAuditFilter } from '../../../../renderer/src/staff/stores/audit';

function stay(arrivalAt: string, departureAt: string) {
  const reservation: Reservation = {
    id: 1,
    confirmationCode: 'DEMO1001',
    firstName: 'Li',
    lastName: 'Wang',
    phoneMasked: null,
    building: null,
    floor: null,
    room: '101',
    arrivalAt,
    departureAt,
    status: 'booked',
    activeCard: null,
  };
  return { ...reservation, departureAt };
}

describe('defaultValidity', () => {
  it('starts now when the guest has arrived', () => {
    const validity = defaultValidity(
      stay('2026-12-04T06:00:00.000Z', '2026-12-06T04:00:00.000Z'),
      new Date('2026-12-04T08:15:00.000Z'),
      'Asia/Shanghai',
    );
    expect(validity.from).toBe('2026-12-04T16:15');
    expect(validity.until).toBe('2026-12-06T12:00');
    expect(validity.min).toBe('2026-12-04T14:00');
    expect(validity.max).toBe('2026-12-06T12:00');
  });

  it('starts at the arrival when it is later', () => {
    const validity = defaultValidity(
      stay('2026-12-10T06:00:00.000Z', '2026-12-12T04:00:00.000Z'),
      new Date('2026-12-04T08:15:00.000Z'),
      'Asia/Shanghai',
    );
    expect(validity.from).toBe('2026-12-10T14:00');
  });
});

describe('toNewReservation', () => {
  const draft = {
    confirmationCode: '',
    firstName: ' Mei ',
    lastName: 'Chen',
    phone: '',
    building: '',
    floor: '',
    room: '202',
    arrivalDate: '2026-12-04',
    arrivalTime: '',
    departureDate: '2026-12-05',
    departureTime: '12:00',
  };

  it('drops empty optional fields', () => {
    const request = toNewReservation(draft);
    expect(request).not.toHaveProperty('confirmationCode');
    expect(request).not.toHaveProperty('phone');
    expect(request).not.toHaveProperty('arrivalTime');
    expect(request.departureTime).toBe('12:00');
  });

  it('trims the values', () => {
    expect(toNewReservation(draft).firstName).toBe('Mei');
  });

  it('keeps an empty required field for main to reject', () => {
    expect(toNewReservation({ ...draft, firstName: '' }).firstName).toBe('');
  });
});

describe('toAuditFilter', () => {
  it('leaves out empty fields', () => {
    expect(toAuditFilter({ from: '', to: '', room: ' ', action: '' })).toEqual(
      {},
    );
  });

  it('keeps the fields that are set', () => {
    expect(
      toAuditFilter({
        from: '2026-12-01',
        to: '2026-12-04',
        room: ' 101 ',
        action: 'card.issued',
      }),
    ).toEqual({
      from: '2026-12-01',
      to: '2026-12-04',
      room: '101',
      action: 'card.issued',
    });
  });
});

describe('countRooms', () => {
  it('counts buildings, floors and rooms', () => {
    const room = {
      roomNo: '101',
      lockNo: '1',
      roomType: '',
      lockType: 'QRLOCK',
    };
    const tree = {
      buildings: [
        {
          number: '1',
          name: 'A',
          floors: [{ number: '1', name: '1F', rooms: [room, room] }],
        },
        {
          number: '2',
          name: 'B',
          floors: [
            { number: '1', name: '1F', rooms: [room] },
            { number: '2', name: '2F', rooms: [] },
          ],
        },
      ],
    };
    expect(countRooms(tree)).toEqual({ buildings: 2, floors: 3, rooms: 3 });
  });

  it('counts an empty community as zero', () => {
    expect(countRooms({ buildings: [] })).toEqual({
      buildings: 0,
      floors: 0,
      rooms: 0,
    });
  });
});

describe('staff timing helpers', () => {
  it('formats a countdown as m:ss', () => {
    expect(formatCountdown(60)).toBe('1:00');
    expect(formatCountdown(9)).toBe('0:09');
    expect(formatCountdown(0)).toBe('0:00');
  });

  it('touches main at most every 15 seconds', () => {
    expect(touchInterval(180)).toBe(15_000);
  });

  it('touches four times per short idle period', () => {
    expect(touchInterval(40)).toBe(10_000);
  });
});

describe('timeZoneOptions', () => {
  it('offers the runtime zones', () => {
    expect(timeZoneOptions('Asia/Shanghai')).toContain('Europe/Berlin');
  });

  it('keeps a stored zone the runtime lacks', () => {
    expect(timeZoneOptions('Mars/Olympus')[0]).toBe('Mars/Olympus');
  });
});
