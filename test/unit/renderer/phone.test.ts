import { describe, expect, it } from 'vitest';

import {
  checkPhone,
  maskNational,
  orderedCountries,
} from '../../../renderer/src/lib/phone';

describe('checkPhone', () => {
  it('normalises a Chinese mobile to E.164', () => {
    const check = checkPhone('CN', '138 0013 8000');

    expect(check).toEqual({
      valid: true,
      e164: '+8613800138000',
      masked: '+86 138 •••• 8000',
    });
  });

  it('accepts a US number for its own country', () => {
    const check = checkPhone('US', '2025550143');

    expect(check.valid).toBe(true);
    expect(check.valid ? check.e164 : null).toBe('+12025550143');
  });

  it('rejects a number too short for the country', () => {
    expect(checkPhone('CN', '123456')).toEqual({ valid: false });
  });

  it('rejects a Chinese number of the wrong length', () => {
    expect(checkPhone('CN', '23800138000').valid).toBe(false);
  });

  it('rejects letters', () => {
    expect(checkPhone('CN', 'abcdefghijk')).toEqual({ valid: false });
  });

  it('rejects an empty number', () => {
    expect(checkPhone('CN', '')).toEqual({ valid: false });
  });
});

describe('maskNational', () => {
  it('keeps three leading and four trailing digits of a long number', () => {
    expect(maskNational('13800138000')).toBe('138 •••• 8000');
  });

  it('keeps one leading digit of a nine-digit number', () => {
    expect(maskNational('612345678')).toBe('6 •••• 5678');
  });

  it('leaves a number too short to mask unchanged', () => {
    expect(maskNational('12345')).toBe('12345');
  });

  it('never shows the whole of a masked number', () => {
    const masked = maskNational('2025550143');

    expect(masked.replace(/\D/g, '')).not.toBe('2025550143');
  });
});

describe('orderedCountries', () => {
  it('lists the property country first', () => {
    expect(orderedCountries('CN', 'en')[0]).toBe('CN');
  });

  it('lists every country once', () => {
    const countries = orderedCountries('CN', 'en');

    expect(new Set(countries).size).toBe(countries.length);
  });

  it('skips an unknown property country', () => {
    expect(orderedCountries('XX', 'en')).not.toContain('XX');
  });
});
