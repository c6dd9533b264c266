import { describe, expect, it } from 'vitest';

import { consoleLevelFrom } from '../../../main/logging/logger';

describe('consoleLevelFrom', () => {
  it.each([
    ['error', 'error'],
    ['info', 'info'],
    ['debug', 'debug'],
  ] as const)('reads %s', (value, level) => {
    expect(consoleLevelFrom(value)).toBe(level);
  });

  it('turns the console off for "off"', () => {
    expect(consoleLevelFrom('off')).toBe(false);
  });

  it.each([undefined, '', 'verbose'])('falls back to warn for %s', (value) => {
    expect(consoleLevelFrom(value)).toBe('warn');
  });
});
