import { describe, expect, it, vi } from 'vitest';

import {
  attachCrashRecovery,
  MAX_RELOAD_DELAY_MS,
  reloadDelayMs,
} from '../../../main/electron/crash-recovery';
import { FakeWebContents } from './fake-electron';

const now = 1_000_000_000;

describe('reloadDelayMs', () => {
  it('waits one second after a first crash', () => {
    expect(reloadDelayMs([], now)).toBe(1_000);
  });

  it('doubles with each recent crash', () => {
    expect(reloadDelayMs([now - 1_000], now)).toBe(2_000);
    expect(reloadDelayMs([now - 3_000, now - 1_000], now)).toBe(4_000);
  });

  it('caps the delay at five minutes', () => {
    const crashes = Array.from({ length: 20 }, (_, i) => now - i * 1_000);

    expect(reloadDelayMs(crashes, now)).toBe(MAX_RELOAD_DELAY_MS);
  });

  it('forgets crashes older than ten minutes', () => {
    expect(reloadDelayMs([now - 11 * 60_000], now)).toBe(1_000);
  });
});

// The real WebContents needs the Electron binary; the fake fires its events.
describe('attachCrashRecovery', () => {
  it('reloads the start page after the renderer dies', async () => {
    vi.useFakeTimers();
    const contents = new FakeWebContents();
    const loadStartPage = vi.fn(() => Promise.resolve());
    attachCrashRecovery(contents.asWebContents(), loadStartPage);

    contents.emit(
      'render-process-gone',
      {},
      { reason: 'crashed', exitCode: 1 },
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(loadStartPage).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);

    expect(loadStartPage).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('reloads once for a crash reported twice', async () => {
    vi.useFakeTimers();
    const contents = new FakeWebContents();
    const loadStartPage = vi.fn(() => Promise.resolve());
    attachCrashRecovery(contents.asWebContents(), loadStartPage);

    contents.emit('unresponsive');
    contents.emit(
      'render-process-gone',
      {},
      { reason: 'crashed', exitCode: 1 },
    );
    await vi.advanceTimersByTimeAsync(MAX_RELOAD_DELAY_MS);

    expect(loadStartPage).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('skips the reload when the window is gone', async () => {
    vi.useFakeTimers();
    const contents = new FakeWebContents();
    const loadStartPage = vi.fn(() => Promise.resolve());
    attachCrashRecovery(contents.asWebContents(), loadStartPage);

    contents.emit('unresponsive');
    contents.destroyed = true;
    await vi.advanceTimersByTimeAsync(MAX_RELOAD_DELAY_MS);

    expect(loadStartPage).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
