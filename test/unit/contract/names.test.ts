import { describe, expect, it } from 'vitest';

import {
  buildApi,
  channelNames,
  channels,
  eventNames,
  events,
  isEventName,
} from '../../../preload/contract';

describe('contract names', () => {
  it('lists every channel exactly once', () => {
    expect([...channelNames].sort()).toEqual(Object.keys(channels).sort());
  });

  it('lists every event exactly once', () => {
    expect([...eventNames].sort()).toEqual(Object.keys(events).sort());
  });

  it('rejects an event the contract does not define', () => {
    expect(isEventName('app:status')).toBe(true);
    expect(isEventName('fs:changed')).toBe(false);
  });

  it('builds one camel-case function per channel', async () => {
    const calls: string[] = [];
    const api = buildApi(
      (channel) => {
        calls.push(channel);
        return Promise.resolve({ ok: true, value: {} });
      },
      () => () => undefined,
    );

    await api.checkin.resendKey({ ticket: 'x'.repeat(16) });
    await api.settings.setOperatingMode({ mode: 'demo' });

    expect(calls).toEqual([
      'checkin:resend-key',
      'settings:set-operating-mode',
    ]);
  });
});
