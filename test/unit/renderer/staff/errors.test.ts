import { afterEach, describe, expect, it } from 'vitest';

import { errorCodes } from '../../../../preload/contract';
import { staffI18n } from '../../../../renderer/src/staff/i18n';
import { errorField } from '../../../../renderer/src/staff/lib/call';
import { errorText } from '../../../../renderer/src/staff/lib/errors';

const t = staffI18n.t.bind(staffI18n);

afterEach(async () => {
  await staffI18n.changeLanguage('en');
});

describe('errorText', () => {
  it('says the clock is behind when the server is ahead', () => {
    const text = errorText(t, {
      code: 'clock-skew',
      message: 'skew',
      clockOffsetMs: 25 * 3_600_000 + 5 * 60_000,
    });
    expect(text).toContain('behind by about 25 h 5 min');
  });

  it('says the clock is ahead when the server is behind', () => {
    const text = errorText(t, {
      code: 'clock-skew',
      message: 'skew',
      clockOffsetMs: -25 * 3_600_000,
    });
    expect(text).toContain('ahead by about 25 h 0 min');
  });

  it('counts the PIN tries left', () => {
    const one = errorText(t, {
      code: 'pin-wrong',
      message: 'x',
      attemptsLeft: 1,
    });
    const four = errorText(t, {
      code: 'pin-wrong',
      message: 'x',
      attemptsLeft: 4,
    });
    expect(one).toBe('Wrong PIN. 1 try left before the pad locks.');
    expect(four).toBe('Wrong PIN. 4 tries left before the pad locks.');
  });

  it('tells staff that offline actions cannot run now', () => {
    const text = errorText(t, { code: 'network-unavailable', message: 'down' });
    expect(text).toMatch(/cannot be reached now/);
  });

  it('translates into Simplified Chinese', async () => {
    await staffI18n.changeLanguage('zh-CN');
    const text = errorText(t, {
      code: 'clock-skew',
      message: 'skew',
      clockOffsetMs: 2 * 3_600_000,
    });
    expect(text).toContain('慢了约 2 小时 0 分钟');
  });

  it('has a message for every error code', () => {
    for (const code of errorCodes) {
      const text = errorText(t, { code, message: 'detail' });
      expect(text, code).not.toContain('errors.');
    }
  });
});

describe('errorField', () => {
  it('strips the patch prefix of a settings field', () => {
    expect(
      errorField({
        code: 'invalid-request',
        message: 'x',
        field: 'patch.apiBaseUrl',
      }),
    ).toBe('apiBaseUrl');
  });

  it('ignores fields of other error codes', () => {
    expect(
      errorField({ code: 'internal', message: 'x', field: 'room' }),
    ).toBeNull();
  });
});
