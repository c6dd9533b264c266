import { describe, expect, it } from 'vitest';

import { maskPhone } from '../../../main/logging/redact';

describe('maskPhone', () => {
  it.each([
    ['+8613800138000', '+86138****8000'],
    ['13800138000', '138****8000'],
    ['+4915123456789', '+49151****6789'],
    ['1234567', '*****67'],
  ])('masks %s as %s', (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });

  it('returns an empty string for a missing number', () => {
    expect(maskPhone(null)).toBe('');
  });

  it('never keeps the middle digits', () => {
    expect(maskPhone('+8613812345678')).not.toContain('1234');
  });
});
