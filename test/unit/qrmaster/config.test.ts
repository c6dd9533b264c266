import { describe, expect, it } from 'vitest';

import {
  QrMasterClient,
  QrMasterError,
  type QrMasterConfig,
} from '../../../main/qrmaster';

const valid: QrMasterConfig = {
  baseUrl: 'https://api.uclbrt.com/',
  accountSid: '0123456789abcdef0123456789abcdef',
  authToken: 'fedcba9876543210fedcba98765432',
  communityNo: '1316880000',
  communityTimeZone: 'Asia/Shanghai',
  appVersion: '1.2.0',
};

function rejectedField(overrides: Partial<QrMasterConfig>): string | undefined {
  try {
    new QrMasterClient({ ...valid, ...overrides }).close();
  } catch (error) {
    expect(error).toBeInstanceOf(QrMasterError);
    return (error as QrMasterError).field;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('QrMasterClient configuration', () => {
  it('accepts https to the vendor host', () => {
    expect(() => new QrMasterClient(valid).close()).not.toThrow();
  });

  it.each([
    'http://127.0.0.1:8058/',
    'http://localhost:8058/',
    'http://[::1]:8058/',
  ])('accepts plain http to loopback %s', (baseUrl) => {
    expect(() =>
      new QrMasterClient({ ...valid, baseUrl }).close(),
    ).not.toThrow();
  });

  const rejections: Array<[string, Partial<QrMasterConfig>, string]> = [
    [
      'plain http to a remote host',
      { baseUrl: 'http://api.uclbrt.com:8058/' },
      'baseUrl',
    ],
    [
      'plain http to a look-alike of localhost',
      { baseUrl: 'http://localhost.evil.test/' },
      'baseUrl',
    ],
    [
      'a URL with credentials',
      { baseUrl: 'https://user:pw@api.uclbrt.com/' },
      'baseUrl',
    ],
    ['an ftp URL', { baseUrl: 'ftp://api.uclbrt.com/' }, 'baseUrl'],
    ['a bare host name', { baseUrl: 'api.uclbrt.com' }, 'baseUrl'],
    ['a 31-character sid', { accountSid: 'a'.repeat(31) }, 'accountSid'],
    ['an empty token', { authToken: '' }, 'authToken'],
    ['a token with a space', { authToken: 'abc def' }, 'authToken'],
    ['a communityNo with letters', { communityNo: '13168A' }, 'communityNo'],
    [
      'an unknown time zone',
      { communityTimeZone: 'China/Beijing' },
      'communityTimeZone',
    ],
    ['a zero timeout', { totalTimeoutMs: 0 }, 'totalTimeoutMs'],
    ['an app version with a space', { appVersion: '1 2' }, 'appVersion'],
  ];

  it.each(rejections)('rejects %s', (_name, overrides, field) => {
    expect(rejectedField(overrides)).toBe(field);
  });

  it('keeps the token out of its error messages', () => {
    try {
      new QrMasterClient({ ...valid, authToken: 'secret token' });
    } catch (error) {
      expect((error as Error).message).not.toContain('secret');
    }
    expect.assertions(1);
  });
});
