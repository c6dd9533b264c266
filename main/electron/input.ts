import type { Input } from 'electron';

/** The fields of Electron's `Input` that the shortcut decision reads. */
export type KeyInput = Pick<
  Input,
  'type' | 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift'
>;

export type ShortcutKind =
  'zoom' | 'reload' | 'devtools' | 'close' | 'full-screen' | 'hide';

export interface InputPolicy {
  /** Development builds keep reload and devtools; nothing else changes. */
  development: boolean;
}

const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);
const ZOOM_CODES = new Set(['NumpadAdd', 'NumpadSubtract', 'Numpad0']);
const DEVTOOLS_KEYS = new Set(['i', 'j', 'c']);

function isZoom(input: KeyInput, key: string, command: boolean): boolean {
  return command && (ZOOM_KEYS.has(key) || ZOOM_CODES.has(input.code));
}

function isReload(key: string, command: boolean): boolean {
  return key === 'f5' || (command && key === 'r');
}

function isDevtools(input: KeyInput, key: string, command: boolean): boolean {
  if (key === 'f12') return true;
  // Ctrl+Shift+I/J/C elsewhere, Cmd+Option+I/J/C on macOS.
  return command && (input.shift || input.alt) && DEVTOOLS_KEYS.has(key);
}

function isClose(input: KeyInput, key: string, command: boolean): boolean {
  if (input.alt && key === 'f4') return true;
  return command && (key === 'w' || key === 'q' || key === 'f4');
}

function isFullScreen(input: KeyInput, key: string): boolean {
  // F11 elsewhere; Ctrl+Cmd+F toggles full screen on macOS.
  return key === 'f11' || (input.control && input.meta && key === 'f');
}

function isHide(key: string, command: boolean, platform: string): boolean {
  return platform === 'darwin' && command && (key === 'h' || key === 'm');
}

/**
 * Names the kiosk shortcut that `input` would trigger (zoom, reload,
 * devtools, close, full-screen toggle, hide), or returns null for keys the
 * app may receive. Ctrl and Cmd count alike on every platform, because a
 * kiosk may have either keyboard attached.
 */
export function blockedShortcut(
  input: KeyInput,
  platform: NodeJS.Platform,
  policy: InputPolicy,
): ShortcutKind | null {
  const key = input.key.toLowerCase();
  const command = input.control || input.meta;

  if (isZoom(input, key, command)) return 'zoom';
  if (isClose(input, key, command)) return 'close';
  if (isFullScreen(input, key)) return 'full-screen';
  if (isHide(key, command, platform)) return 'hide';
  if (policy.development) return null;
  if (isReload(key, command)) return 'reload';
  if (isDevtools(input, key, command)) return 'devtools';
  return null;
}

/** True when the `before-input-event` for `input` must be prevented. */
export function shouldBlockInput(
  input: KeyInput,
  platform: NodeJS.Platform,
  policy: InputPolicy = { development: false },
): boolean {
  return blockedShortcut(input, platform, policy) !== null;
}
