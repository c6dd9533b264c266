import { describe, expect, it } from 'vitest';

import {
  addDays,
  localDateIn,
  zonedWallTimeToInstant,
} from '../../../main/checkin/zoned-time';

describe('zonedWallTimeToInstant', () => {
  it('converts a Berlin summer time', () => {
    const instant = zonedWallTimeToInstant(
      '2025-06-01',
      '14:00',
      'Europe/Berlin',
    );

    expect(instant.toISOString()).toBe('2025-06-01T12:00:00.000Z');
  });

  it('converts a Berlin winter time', () => {
    const instant = zonedWallTimeToInstant(
      '2025-01-15',
      '11:30',
      'Europe/Berlin',
    );

    expect(instant.toISOString()).toBe('2025-01-15T10:30:00.000Z');
  });

  it('converts a Shanghai time across midnight UTC', () => {
    const instant = zonedWallTimeToInstant(
      '2025-06-01',
      '05:00',
      'Asia/Shanghai',
    );

    expect(instant.toISOString()).toBe('2025-05-31T21:00:00.000Z');
  });

  it('moves a time skipped by spring forward past the gap', () => {
    const instant = zonedWallTimeToInstant(
      '2026-03-29',
      '02:30',
      'Europe/Berlin',
    );

    expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the earlier instant of a repeated autumn time', () => {
    const instant = zonedWallTimeToInstant(
      '2026-10-25',
      '02:30',
      'Europe/Berlin',
    );

    expect(instant.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('converts the hour after the autumn change', () => {
    const instant = zonedWallTimeToInstant(
      '2026-10-25',
      '03:30',
      'Europe/Berlin',
    );

    expect(instant.toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });

  it('handles a New York spring-forward day', () => {
    const instant = zonedWallTimeToInstant(
      '2026-03-08',
      '12:00',
      'America/New_York',
    );

    expect(instant.toISOString()).toBe('2026-03-08T16:00:00.000Z');
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() =>
      zonedWallTimeToInstant('04.12.2026', '12:00', 'Europe/Berlin'),
    ).toThrow('Invalid date "04.12.2026"');
  });

  it('rejects a 12-hour time', () => {
    expect(() =>
      zonedWallTimeToInstant('2026-12-04', '2:00 PM', 'Europe/Berlin'),
    ).toThrow('Invalid time "2:00 PM"');
  });
});

describe('localDateIn', () => {
  it('returns the Shanghai date of a late UTC instant', () => {
    const date = localDateIn(new Date('2026-12-04T20:00:00Z'), 'Asia/Shanghai');

    expect(date).toBe('2026-12-05');
  });

  it('returns the Berlin date of the same instant', () => {
    const date = localDateIn(new Date('2026-12-04T20:00:00Z'), 'Europe/Berlin');

    expect(date).toBe('2026-12-04');
  });
});

describe('addDays', () => {
  it('crosses a month end', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });

  it('goes back a day', () => {
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});
