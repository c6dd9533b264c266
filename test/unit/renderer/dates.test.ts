import { describe, expect, it } from 'vitest';

import {
  formatCountdown,
  formatStayTime,
} from '../../../renderer/src/lib/dates';

describe('formatStayTime', () => {
  it('shows noon in Shanghai for 04:00 UTC', () => {
    const text = formatStayTime(
      '2026-12-06T04:00:00.000Z',
      'Asia/Shanghai',
      'en',
    );

    expect(text).toContain('12:00');
    expect(text).toContain('December 6, 2026');
  });

  it('shows the local day when UTC is still the day before', () => {
    const text = formatStayTime(
      '2026-12-05T20:30:00.000Z',
      'Asia/Shanghai',
      'en',
    );

    expect(text).toContain('December 6');
    expect(text).toContain('04:30');
  });

  it('writes the date in Chinese for zh-CN', () => {
    const text = formatStayTime(
      '2026-12-06T04:00:00.000Z',
      'Asia/Shanghai',
      'zh-CN',
    );

    expect(text).toContain('2026年12月6日');
    expect(text).toContain('12:00');
  });

  it('uses 24-hour time', () => {
    const text = formatStayTime(
      '2026-12-06T11:30:00.000Z',
      'Europe/London',
      'en',
    );

    expect(text).toContain('11:30');
    expect(text).not.toMatch(/AM|PM/);
  });
});

describe('formatCountdown', () => {
  it('writes minutes and two-digit seconds', () => {
    expect(formatCountdown(65)).toBe('1:05');
  });

  it('rounds a partial second up', () => {
    expect(formatCountdown(0.2)).toBe('0:01');
  });

  it('never goes below zero', () => {
    expect(formatCountdown(-3)).toBe('0:00');
  });
});
