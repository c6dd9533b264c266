import { describe, expect, it } from 'vitest';

import { editValue } from '../../../../renderer/src/staff/lib/type-into';

describe('editValue', () => {
  it('inserts at the caret', () => {
    expect(editValue('DEMO', { start: 2, end: 2 }, 'X')).toEqual({
      value: 'DEXMO',
      caret: 3,
    });
  });

  it('replaces the selected text', () => {
    expect(editValue('DEMO', { start: 1, end: 3 }, 'x')).toEqual({
      value: 'DxO',
      caret: 2,
    });
  });

  it('deletes the character before the caret', () => {
    expect(editValue('DEMO', { start: 4, end: 4 }, null)).toEqual({
      value: 'DEM',
      caret: 3,
    });
  });

  it('deletes nothing at the start', () => {
    expect(editValue('DEMO', { start: 0, end: 0 }, null)).toEqual({
      value: 'DEMO',
      caret: 0,
    });
  });

  it('edits at the end without a selection', () => {
    expect(editValue('12', null, '3')).toEqual({ value: '123', caret: 3 });
    expect(editValue('12', null, null)).toEqual({ value: '1', caret: 1 });
  });
});
