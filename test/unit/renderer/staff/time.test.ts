import { describe, expect, it } from 'vitest';

import {
  localDateIn,
  localDateTimeIn,
  secondsUntil,
  splitOffset,
  zonedWallTimeToInstant,
} from '../../../../renderer/src/staff/lib/time';

describe('zonedWallTimeToInstant', () => {
  it('converts a Shanghai wall time to UTC', () => {
    const instant = zonedWallTimeToInstant('2025-06-01T20:00', 'Asia/Shanghai');
    expect(instant?.toISOString()).toBe('2025-06-01T12:00:00.000Z');
  });

  it('uses summer time in Berlin', () => {
    const instant = zonedWallTimeToInstant('2025-06-01T14:00', 'Europe/Berlin');
    expect(instant?.toISOString()).toBe('2025-06-01T12:00:00.000Z');
  });

  it('uses winter time in Berlin', () => {
    const instant = zonedWallTimeToInstant('2025-12-01T14:00', 'Europe/Berlin');
    expect(instant?.toISOString()).toBe('2025-12-01T13:00:00.000Z');
  });

  it('round-trips a wall time next to a clock change', () => {
    const wall = '2025-10-26T01:30';
    const instant = zonedWallTimeToInstant(wall, 'Europe/Berlin');
    expect(instant).not.toBeNull();
    expect(localDateTimeIn(instant!, 'Europe/Berlin')).toBe(wall);
  });

  it('rejects text that is not a wall time', () => {
    expect(zonedWallTimeToInstant('2025-06-01 20:00', 'UTC')).toBeNull();
    expect(zonedWallTimeToInstant('', 'UTC')).toBeNull();
    expect(zonedWallTimeToInstant('2025-13-01T20:00', 'UTC')).toBeNull();
  });
});

describe('localDateIn', () => {
  it('gives the property date, not the UTC date', () => {
    const lateUtc = new Date('2026-12-04T20:00:00Z');
    expect(localDateIn(lateUtc, 'Asia/Shanghai')).toBe('2026-12-05');
    expect(localDateIn(lateUtc, 'UTC')).toBe('2026-12-04');
  });
});

describe('splitOffset', () => {
  it('splits 25 hours ahead', () => {
    expect(splitOffset(25 * 3_600_000)).toEqual({
      ahead: true,
      hours: 25,
      minutes: 0,
    });
  });

  it('splits a negative offset with minutes', () => {
    expect(splitOffset(-(3 * 3_600_000 + 20 * 60_000))).toEqual({
      ahead: false,
      hours: 3,
      minutes: 20,
    });
  });
});

describe('secondsUntil', () => {
  it('rounds up and stops at zero', () => {
    expect(secondsUntil(10_500, 10_000)).toBe(1);
    expect(secondsUntil(70_000, 10_000)).toBe(60);
    expect(secondsUntil(5_000, 10_000)).toBe(0);
  });
});
