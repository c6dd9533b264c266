import { describe, expect, it } from 'vitest';

import {
  hourInZone,
  isQuietHour,
  shouldInstallNow,
  updatesEnabled,
  type UpdateSchedule,
} from '../../../main/electron/update-policy';

const schedule: UpdateSchedule = {
  feedUrl: 'https://updates.example/lobbykey/',
  quietHourStart: 2,
  quietHourEnd: 5,
  timeZone: 'Asia/Shanghai',
};

// 03:30 in Shanghai (UTC+8) is 19:30 UTC the day before.
const shanghaiHalfPastThree = new Date('2026-03-01T19:30:00Z');
const shanghaiNoon = new Date('2026-03-02T04:00:00Z');

describe('isQuietHour', () => {
  it('reads the hour in the property zone', () => {
    expect(hourInZone(shanghaiHalfPastThree, 'Asia/Shanghai')).toBe(3);
    expect(hourInZone(shanghaiHalfPastThree, 'UTC')).toBe(19);
  });

  it('accepts a time inside the window', () => {
    expect(isQuietHour(shanghaiHalfPastThree, schedule)).toBe(true);
  });

  it('rejects a time outside the window', () => {
    expect(isQuietHour(shanghaiNoon, schedule)).toBe(false);
  });

  it('excludes the end hour', () => {
    const five = new Date('2026-03-01T21:00:00Z');

    expect(isQuietHour(five, schedule)).toBe(false);
  });

  it('handles a window across midnight', () => {
    const wrap = { ...schedule, quietHourStart: 23, quietHourEnd: 4 };
    const midnight = new Date('2026-03-01T16:30:00Z');

    expect(isQuietHour(midnight, wrap)).toBe(true);
    expect(isQuietHour(shanghaiNoon, wrap)).toBe(false);
  });

  it('treats equal hours as the whole day', () => {
    const allDay = { ...schedule, quietHourStart: 3, quietHourEnd: 3 };

    expect(isQuietHour(shanghaiNoon, allDay)).toBe(true);
  });
});

describe('updatesEnabled', () => {
  it('is off for an empty or blank feed URL', () => {
    expect(updatesEnabled({ ...schedule, feedUrl: '' })).toBe(false);
    expect(updatesEnabled({ ...schedule, feedUrl: '  ' })).toBe(false);
  });

  it('is on for a feed URL', () => {
    expect(updatesEnabled(schedule)).toBe(true);
  });
});

describe('shouldInstallNow', () => {
  const idle = {
    downloaded: true,
    busy: false,
    guestSessionActive: false,
    quietHour: true,
  };

  it('installs a downloaded update on an idle kiosk at night', () => {
    expect(shouldInstallNow(idle)).toBe(true);
  });

  it.each([
    ['nothing is downloaded', { downloaded: false }],
    ['a guest request is in flight', { busy: true }],
    ['a guest is at the screen', { guestSessionActive: true }],
    ['outside the quiet hours', { quietHour: false }],
  ])('waits when %s', (_case, change) => {
    expect(shouldInstallNow({ ...idle, ...change })).toBe(false);
  });
});
