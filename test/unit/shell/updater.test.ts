import { EventEmitter } from 'node:events';

import { afterEach, describe, expect, it, vi } from 'vitest';

import type { UpdateSchedule } from '../../../main/electron/update-policy';
import {
  MIN_CHECK_INTERVAL_MS,
  startUpdater,
  UPDATE_TICK_MS,
  type UpdaterClient,
} from '../../../main/electron/updater';

// electron-updater's autoUpdater needs a running Electron app; this fake
// records the calls the updater makes and lets tests fire its events.
class FakeUpdater extends EventEmitter {
  autoDownload = false;
  autoInstallOnAppQuit = true;
  logger: unknown = null;
  feedUrls: string[] = [];
  checks = 0;
  installs = 0;

  setFeedURL(options: { url: string }): void {
    this.feedUrls.push(options.url);
  }

  checkForUpdates(): Promise<null> {
    this.checks += 1;
    return Promise.resolve(null);
  }

  quitAndInstall(): void {
    this.installs += 1;
  }

  asClient(): UpdaterClient {
    return this as unknown as UpdaterClient;
  }
}

const schedule: UpdateSchedule = {
  feedUrl: 'https://updates.example/lobbykey/',
  quietHourStart: 2,
  quietHourEnd: 5,
  timeZone: 'UTC',
};

const quiet = new Date('2026-03-01T03:00:00Z');
const daytime = new Date('2026-03-01T12:00:00Z');

function start(options: {
  at: Date;
  schedule?: UpdateSchedule;
  busy?: boolean;
  guest?: boolean;
}) {
  const updater = new FakeUpdater();
  let clock = options.at.getTime();
  const beforeInstall = vi.fn();
  const stop = startUpdater(updater.asClient(), {
    schedule: () => options.schedule ?? schedule,
    isBusy: () => options.busy ?? false,
    guestSessionActive: () => options.guest ?? false,
    beforeInstall,
    now: () => new Date(clock),
  });
  const advance = async (ms: number) => {
    clock += ms;
    await vi.advanceTimersByTimeAsync(ms);
  };
  return { updater, stop, beforeInstall, advance };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('startUpdater', () => {
  it('downloads in the background and never installs on quit', () => {
    vi.useFakeTimers();
    const { updater, stop } = start({ at: daytime });

    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    stop();
  });

  it('checks the feed in the quiet hours', () => {
    vi.useFakeTimers();
    const { updater, stop } = start({ at: quiet });

    expect(updater.feedUrls).toEqual([schedule.feedUrl]);
    expect(updater.checks).toBe(1);
    stop();
  });

  it('does not check in the daytime', () => {
    vi.useFakeTimers();
    const { updater, stop } = start({ at: daytime });

    expect(updater.checks).toBe(0);
    stop();
  });

  it('does nothing without a feed URL', () => {
    vi.useFakeTimers();
    const { updater, stop } = start({
      at: quiet,
      schedule: { ...schedule, feedUrl: '' },
    });

    expect(updater.feedUrls).toEqual([]);
    expect(updater.checks).toBe(0);
    stop();
  });

  it('checks once per quiet window', async () => {
    vi.useFakeTimers();
    const { updater, stop, advance } = start({ at: quiet });

    await advance(UPDATE_TICK_MS * 6);

    expect(updater.checks).toBe(1);
    stop();
  });

  it('checks again after the interval', async () => {
    vi.useFakeTimers();
    const { updater, stop, advance } = start({
      at: quiet,
      schedule: { ...schedule, quietHourStart: 0, quietHourEnd: 0 },
    });

    await advance(MIN_CHECK_INTERVAL_MS);

    expect(updater.checks).toBe(2);
    stop();
  });

  it('installs a downloaded update on an idle kiosk', async () => {
    vi.useFakeTimers();
    const { updater, stop, advance, beforeInstall } = start({ at: quiet });

    updater.emit('update-downloaded', { version: '0.2.0' });
    await advance(UPDATE_TICK_MS);

    expect(beforeInstall).toHaveBeenCalledTimes(1);
    expect(updater.installs).toBe(1);
    stop();
  });

  it('waits while a guest is at the screen', async () => {
    vi.useFakeTimers();
    const { updater, stop, advance } = start({ at: quiet, guest: true });

    updater.emit('update-downloaded', { version: '0.2.0' });
    await advance(UPDATE_TICK_MS);

    expect(updater.installs).toBe(0);
    stop();
  });

  it('waits while a request is in flight', async () => {
    vi.useFakeTimers();
    const { updater, stop, advance } = start({ at: quiet, busy: true });

    updater.emit('update-downloaded', { version: '0.2.0' });
    await advance(UPDATE_TICK_MS);

    expect(updater.installs).toBe(0);
    stop();
  });

  it('stops ticking when stopped', async () => {
    vi.useFakeTimers();
    const { updater, stop, advance } = start({ at: quiet });

    stop();
    updater.emit('update-downloaded', { version: '0.2.0' });
    await advance(UPDATE_TICK_MS);

    expect(updater.installs).toBe(0);
  });
});
