import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  ConnectionMonitor,
  type ConnectionState,
} from '../../../main/checkin/connection-monitor';

// The probe is a plain function here: these tests cover the state machine,
// and the real probe (fetchRoomInfo against the simulator) runs in the
// services tests.
let monitor: ConnectionMonitor | null = null;
afterEach(async () => {
  await monitor?.stop();
  monitor = null;
});

function monitorWith(probe: () => Promise<boolean | null>) {
  const changes: Array<[ConnectionState, ConnectionState]> = [];
  monitor = new ConnectionMonitor({
    probe,
    intervalMs: 10,
    onChange: (state, previous) => changes.push([state, previous]),
  });
  return { monitor, changes };
}

describe('ConnectionMonitor', () => {
  it('starts unknown', () => {
    const { monitor } = monitorWith(() => Promise.resolve(true));

    expect(monitor.current()).toBe('unknown');
  });

  it('goes online after a probe that reached the server', async () => {
    const { monitor, changes } = monitorWith(() => Promise.resolve(true));

    await monitor.probeNow();

    expect(monitor.current()).toBe('online');
    expect(changes).toEqual([['online', 'unknown']]);
  });

  it('reports each change once', () => {
    const { monitor, changes } = monitorWith(() => Promise.resolve(null));

    monitor.report(false);
    monitor.report(false);
    monitor.report(true);

    expect(changes).toEqual([
      ['offline', 'unknown'],
      ['online', 'offline'],
    ]);
  });

  it('probes again while offline until the server answers', async () => {
    let reachable = false;
    const { monitor } = monitorWith(() => Promise.resolve(reachable));
    monitor.start();
    await vi.waitFor(() => expect(monitor.current()).toBe('offline'));

    reachable = true;

    await vi.waitFor(() => expect(monitor.current()).toBe('online'));
  });

  it('keeps the state when there is no client to probe', async () => {
    const { monitor, changes } = monitorWith(() => Promise.resolve(null));

    await monitor.probeNow();

    expect(monitor.current()).toBe('unknown');
    expect(changes).toEqual([]);
  });
});
