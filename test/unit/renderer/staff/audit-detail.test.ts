import { describe, expect, it } from 'vitest';

import { formatAuditDetail } from '../../../../renderer/src/staff/audit/detail';

describe('formatAuditDetail', () => {
  it('lists the fields of a JSON object', () => {
    const detail = '{"smsSent":false,"phone":"+86138****8000"}';
    expect(formatAuditDetail(detail)).toBe(
      'smsSent: false, phone: +86138****8000',
    );
  });

  it('keeps plain text as it is', () => {
    expect(formatAuditDetail('accountSid 0123')).toBe('accountSid 0123');
  });

  it('keeps JSON that is not an object', () => {
    expect(formatAuditDetail('[1,2]')).toBe('[1,2]');
    expect(formatAuditDetail('42')).toBe('42');
  });

  it('shows nothing for a missing detail', () => {
    expect(formatAuditDetail(null)).toBe('');
  });
});
