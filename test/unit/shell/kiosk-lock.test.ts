import { describe, expect, it, vi } from 'vitest';

import { AppFailure } from '../../../main/errors';
import { GuestActivity } from '../../../main/electron/guest-activity';
import { KioskLock, withKioskExit } from '../../../main/electron/kiosk-lock';
import type { Handlers } from '../../../main/ipc/dispatch';
import { FakeBrowserWindow, FakeEvent } from './fake-electron';

function fakeWindow() {
  return new FakeBrowserWindow({});
}

describe('KioskLock', () => {
  it('prevents closing while locked', () => {
    const window = fakeWindow();
    new KioskLock(true).guard(window.asBrowserWindow());
    const event = new FakeEvent();

    window.emit('close', event);

    expect(event.defaultPrevented).toBe(true);
  });

  it('lets the window close after unlock', () => {
    const window = fakeWindow();
    const lock = new KioskLock(true);
    lock.guard(window.asBrowserWindow());
    const event = new FakeEvent();

    lock.unlock();
    window.emit('close', event);

    expect(event.defaultPrevented).toBe(false);
  });

  it('lets a quit pass beforeunload once unlocked', () => {
    const window = fakeWindow();
    const lock = new KioskLock(true);
    lock.guard(window.asBrowserWindow());
    const event = new FakeEvent();

    lock.unlock();
    window.webContents.emit('will-prevent-unload', event);

    expect(event.defaultPrevented).toBe(true);
  });

  it('keeps beforeunload while locked', () => {
    const window = fakeWindow();
    new KioskLock(true).guard(window.asBrowserWindow());
    const event = new FakeEvent();

    window.webContents.emit('will-prevent-unload', event);

    expect(event.defaultPrevented).toBe(false);
  });

  it('never holds a front-desk window', () => {
    const window = fakeWindow();
    new KioskLock(false).guard(window.asBrowserWindow());
    const event = new FakeEvent();

    window.emit('close', event);

    expect(event.defaultPrevented).toBe(false);
  });
});

const pinWrong = new AppFailure({
  code: 'pin-wrong',
  message: 'Wrong PIN.',
  attemptsLeft: 4,
});

function handlersWithExit(exit: Handlers['app:exit-kiosk']): Handlers {
  return { 'app:exit-kiosk': exit } as Handlers;
}

describe('withKioskExit', () => {
  it('leaves after the PIN verifies', async () => {
    const leave = vi.fn();
    const exit = vi.fn(() => Promise.resolve({}));
    const handlers = withKioskExit(handlersWithExit(exit), leave);

    await handlers['app:exit-kiosk']({ pin: '123456' });

    expect(exit).toHaveBeenCalledWith({ pin: '123456' });
    await vi.waitFor(() => expect(leave).toHaveBeenCalledTimes(1));
  });

  it('stays on a wrong PIN', async () => {
    const leave = vi.fn();
    const exit = vi.fn(() => Promise.reject(pinWrong));
    const handlers = withKioskExit(handlersWithExit(exit), leave);

    await expect(handlers['app:exit-kiosk']({ pin: '000000' })).rejects.toBe(
      pinWrong,
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(leave).not.toHaveBeenCalled();
  });
});

describe('GuestActivity', () => {
  function tracker() {
    let now = 0;
    const activity = new GuestActivity(
      () => 75_000,
      () => now,
    );
    return { activity, advance: (ms: number) => (now += ms) };
  }

  it('starts idle', () => {
    expect(tracker().activity.isActive()).toBe(false);
  });

  it('is active after a lookup', () => {
    const { activity } = tracker();

    activity.record('checkin:lookup');

    expect(activity.isActive()).toBe(true);
  });

  it('ends with end-session', () => {
    const { activity } = tracker();

    activity.record('checkin:lookup');
    activity.record('checkin:end-session');

    expect(activity.isActive()).toBe(false);
  });

  it('ends after the idle time', () => {
    const { activity, advance } = tracker();

    activity.record('checkin:lookup');
    advance(75_000);

    expect(activity.isActive()).toBe(false);
  });

  it('ignores staff and app calls', () => {
    const { activity } = tracker();

    activity.record('app:get-status');
    activity.record('staff:unlock');

    expect(activity.isActive()).toBe(false);
  });

  it('records calls through wrapped handlers', async () => {
    const { activity } = tracker();
    const wrapped = activity.wrap({
      'checkin:lookup': () => Promise.resolve('found'),
    } as unknown as Handlers);

    await wrapped['checkin:lookup']({ confirmationCode: 'X' } as never);

    expect(activity.isActive()).toBe(true);
  });
});
