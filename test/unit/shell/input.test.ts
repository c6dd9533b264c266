import { describe, expect, it } from 'vitest';

import {
  blockedShortcut,
  shouldBlockInput,
  type KeyInput,
} from '../../../main/electron/input';

function key(
  keyName: string,
  modifiers: Partial<KeyInput> = {},
  code = '',
): KeyInput {
  return {
    type: 'keyDown',
    key: keyName,
    code,
    control: false,
    meta: false,
    alt: false,
    shift: false,
    ...modifiers,
  };
}

const production = { development: false };
const development = { development: true };

describe('shouldBlockInput in production', () => {
  it.each([
    ['Ctrl+=', key('=', { control: true }), 'zoom'],
    ['Ctrl++', key('+', { control: true, shift: true }), 'zoom'],
    ['Ctrl+-', key('-', { control: true }), 'zoom'],
    ['Ctrl+0', key('0', { control: true }), 'zoom'],
    ['Ctrl+numpad plus', key('Add', { control: true }, 'NumpadAdd'), 'zoom'],
    ['Cmd+=', key('=', { meta: true }), 'zoom'],
    ['Ctrl+R', key('r', { control: true }), 'reload'],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true }), 'reload'],
    ['Cmd+R', key('r', { meta: true }), 'reload'],
    ['F5', key('F5'), 'reload'],
    ['F12', key('F12'), 'devtools'],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true }), 'devtools'],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true }), 'devtools'],
    ['Ctrl+Shift+C', key('C', { control: true, shift: true }), 'devtools'],
    ['Cmd+Option+I', key('i', { meta: true, alt: true }), 'devtools'],
    ['Alt+F4', key('F4', { alt: true }), 'close'],
    ['Ctrl+W', key('w', { control: true }), 'close'],
    ['Ctrl+F4', key('F4', { control: true }), 'close'],
    ['Cmd+W', key('w', { meta: true }), 'close'],
    ['Cmd+Q', key('q', { meta: true }), 'close'],
    ['F11', key('F11'), 'full-screen'],
    ['Ctrl+Cmd+F', key('f', { control: true, meta: true }), 'full-screen'],
  ])('blocks %s as %s', (_name, input, kind) => {
    expect(blockedShortcut(input, 'win32', production)).toBe(kind);
    expect(shouldBlockInput(input, 'darwin', production)).toBe(true);
  });

  it('blocks Cmd+H and Cmd+M on macOS', () => {
    expect(
      blockedShortcut(key('h', { meta: true }), 'darwin', production),
    ).toBe('hide');
    expect(
      blockedShortcut(key('m', { meta: true }), 'darwin', production),
    ).toBe('hide');
  });

  it('blocks the key-up of a shortcut too', () => {
    const input = { ...key('r', { control: true }), type: 'keyUp' };

    expect(shouldBlockInput(input, 'linux')).toBe(true);
  });

  it.each([
    ['a letter', key('a')],
    ['a digit', key('7')],
    ['Backspace', key('Backspace')],
    ['Enter', key('Enter')],
    ['Shift+letter', key('A', { shift: true })],
    ['Ctrl+C', key('c', { control: true })],
    ['Ctrl+V', key('v', { control: true })],
    ['Ctrl+A', key('a', { control: true })],
    ['plain =', key('=')],
    ['plain 0', key('0')],
    ['Alt alone', key('Alt', { alt: true })],
    ['Ctrl+H on Windows', key('h', { control: true })],
  ])('lets %s through', (_name, input) => {
    expect(shouldBlockInput(input, 'win32', production)).toBe(false);
  });
});

describe('shouldBlockInput in development', () => {
  it.each([
    ['Ctrl+R', key('r', { control: true })],
    ['F5', key('F5')],
    ['F12', key('F12')],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
  ])('lets %s through', (_name, input) => {
    expect(shouldBlockInput(input, 'linux', development)).toBe(false);
  });

  it.each([
    ['Ctrl+=', key('=', { control: true })],
    ['Alt+F4', key('F4', { alt: true })],
    ['F11', key('F11')],
  ])('still blocks %s', (_name, input) => {
    expect(shouldBlockInput(input, 'linux', development)).toBe(true);
  });
});
