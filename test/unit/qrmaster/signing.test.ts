import { describe, expect, it } from 'vitest';

import { signCardCall, signRoomInfoForm } from '../../../main/qrmaster/signing';

const vectors = [
  {
    accountSid: '0123456789abcdef0123456789abcdef',
    authToken: 'fedcba9876543210fedcba98765432',
    timestamp: '20240315093000',
    sig: '12ABD87EBEE1CCCA73CB8F6467F87B96',
    authorization:
      'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY6MjAyNDAzMTUwOTMwMDA=',
  },
  {
    accountSid: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    authToken: '00112233445566778899aabbccddee',
    timestamp: '20191231235959',
    sig: '2AA1A5828DCAED6A6683A5671AB3FA0B',
    authorization:
      'YTFiMmMzZDRlNWY2MDcxODI5M2E0YjVjNmQ3ZThmOTA6MjAxOTEyMzEyMzU5NTk=',
  },
];

describe('signCardCall', () => {
  it.each(vectors)('matches the sig vector for $timestamp', (vector) => {
    const signature = signCardCall(
      vector.accountSid,
      vector.authToken,
      vector.timestamp,
    );

    expect(signature.sig).toBe(vector.sig);
  });

  it.each(vectors)('matches the header vector for $timestamp', (vector) => {
    const signature = signCardCall(
      vector.accountSid,
      vector.authToken,
      vector.timestamp,
    );

    expect(signature.authorization).toBe(vector.authorization);
  });

  it('never produces the lower-case sig', () => {
    const [first] = vectors;
    const signature = signCardCall(
      first!.accountSid,
      first!.authToken,
      first!.timestamp,
    );

    expect(signature.sig).not.toBe('12abd87ebee1ccca73cb8f6467f87b96');
  });

  it('never produces the header without the colon', () => {
    const [first] = vectors;
    const signature = signCardCall(
      first!.accountSid,
      first!.authToken,
      first!.timestamp,
    );

    expect(signature.authorization).not.toBe(
      'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWYyMDI0MDMxNTA5MzAwMA==',
    );
  });

  it('changes the sig when the token changes', () => {
    const a = signCardCall('a'.repeat(32), 'token1', '20240315093000');
    const b = signCardCall('a'.repeat(32), 'token2', '20240315093000');

    expect(a.sig).not.toBe(b.sig);
  });
});

describe('signRoomInfoForm', () => {
  const fields = {
    accountSid: '0123456789abcdef0123456789abcdef',
    timestamp: '1710466200',
    communityNo: '1316880000',
  };

  it('matches the documented vector', () => {
    expect(signRoomInfoForm(fields, 'fedcba9876543210fedcba98765432')).toBe(
      'a4775dd13a8b378b52501f4aa1a632bd3db1ff3a',
    );
  });

  it('does not depend on field order', () => {
    const reordered = {
      communityNo: fields.communityNo,
      timestamp: fields.timestamp,
      accountSid: fields.accountSid,
    };

    expect(signRoomInfoForm(reordered, 'fedcba9876543210fedcba98765432')).toBe(
      'a4775dd13a8b378b52501f4aa1a632bd3db1ff3a',
    );
  });

  it('changes with the token', () => {
    expect(signRoomInfoForm(fields, 'fedcba9876543210fedcba98765433')).not.toBe(
      'a4775dd13a8b378b52501f4aa1a632bd3db1ff3a',
    );
  });
});
