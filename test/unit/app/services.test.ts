import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { demoBookings } from '../../../main/app/demo-bookings';
import { resolveDataDir } from '../../../main/app/services';
import type { RecordedRequest } from '../../../main/simulator';
import { openStorage, storagePath } from '../../../main/storage';
import {
  freeLoopbackPort,
  makeDataDir,
  errorOf,
  startTestServices,
  type TestServices,
  valueOf,
} from '../../support/services';

let running: TestServices | null = null;

afterEach(async () => {
  await running?.cleanup();
  running = null;
});

function readLog(app: TestServices): string {
  const file = path.join(app.dataDir, 'logs', 'lobbykey.log');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

async function startDemo(): Promise<TestServices> {
  running = await startTestServices();
  return running;
}

/** Card calls the simulator received; connection probes do not count. */
async function simulatorRequests(
  services: TestServices,
): Promise<RecordedRequest[]> {
  const url = new URL('sim/requests', services.services.simulatorUrl ?? '');
  const response = await fetch(url);
  const requests = (await response.json()) as RecordedRequest[];
  return requests.filter((request) => request.action !== 'fetchRoomInfo');
}

const li = {
  booking: { by: 'code', code: 'demo1001' },
  secondFactor: { by: 'surname', surname: 'wang' },
} as const;

describe('startServices in demo mode', () => {
  it('reports demo mode with issuing on', async () => {
    const app = await startDemo();

    const status = await app.call('app:get-status', {});

    expect(status).toMatchObject({
      ok: true,
      value: { demo: true, issuing: { enabled: true }, version: '0.0.0-test' },
    });
    expect(app.services.simulatorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('finds a demo booking arriving today', async () => {
    const app = await startDemo();

    const result = await app.call('checkin:lookup', li);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.guestName).toBe('Li Wang');
    expect(result.value.phoneMasked).toBe('+86138****8000');
  });

  it('issues a demo card through the handlers', async () => {
    const app = await startDemo();
    const stay = await app.call('checkin:lookup', li);
    if (!stay.ok) throw new Error(stay.error.message);

    const key = await app.call('checkin:issue-card', {
      ticket: stay.value.ticket,
      sendSms: true,
    });

    expect(key.ok).toBe(true);
    if (!key.ok) return;
    expect(key.value.room).toBe('101');
    expect(key.value.smsTo).toBe('+86138****8000');
  });

  it('shows the existing card on a repeat lookup', async () => {
    const app = await startDemo();
    const first = await app.call('checkin:lookup', li);
    if (!first.ok) throw new Error(first.error.message);
    const key = await app.call('checkin:issue-card', {
      ticket: first.value.ticket,
      sendSms: false,
    });

    const again = await app.call('checkin:lookup', li);

    expect(valueOf(again).existingKey?.cardNo).toBe(valueOf(key).cardNo);
  });

  it('rejects the tomorrow booking as not yet arrived', async () => {
    const app = await startDemo();

    const result = await app.call('checkin:lookup', {
      booking: { by: 'code', code: 'DEMO1004' },
      secondFactor: { by: 'surname', surname: 'Sato' },
    });

    expect(errorOf(result)?.reason).toBe('not-yet-arrived');
  });

  it('rejects the departed booking', async () => {
    const app = await startDemo();

    const result = await app.call('checkin:lookup', {
      booking: { by: 'code', code: 'DEMO1005' },
      secondFactor: { by: 'phone-digits', digits: '5678' },
    });

    expect(errorOf(result)?.reason).toBe('departed');
  });

  it('seeds the demo bookings once across restarts', async () => {
    const first = await startTestServices();
    await first.stop();
    const second = await startTestServices({ dataDir: first.dataDir });
    await second.stop();

    const storage = openStorage(storagePath(first.dataDir));
    const { total } = storage.reservations.list({});
    storage.close();
    await second.cleanup();

    expect(total).toBe(demoBookings.length);
  });

  it('stops cleanly and frees the simulator port', async () => {
    const app = await startTestServices();
    const url = app.services.simulatorUrl ?? '';

    await app.cleanup();

    await expect(fetch(new URL('sim/requests', url))).rejects.toThrow();
  });
});

describe('guest handlers reject bad input', () => {
  async function ticketFor(app: TestServices): Promise<string> {
    const stay = await app.call('checkin:lookup', li);
    if (!stay.ok) throw new Error(stay.error.message);
    return stay.value.ticket;
  }

  it('rejects a 5,000-digit mobile', async () => {
    const app = await startDemo();
    const ticket = await ticketFor(app);

    const result = await app.callRaw('checkin:issue-card', {
      ticket,
      sendSms: true,
      phone: `+${'1'.repeat(5000)}`,
    });

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', field: 'phone' },
    });
    expect(
      (await simulatorRequests(app)).filter((r) => r.action === 'getLink'),
    ).toHaveLength(0);
  });

  it('rejects extra fields', async () => {
    const app = await startDemo();
    const ticket = await ticketFor(app);

    const result = await app.callRaw('checkin:issue-card', {
      ticket,
      sendSms: true,
      roomNo: '../../1',
    });

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await simulatorRequests(app)).toHaveLength(0);
  });

  it('rejects a reservation id in place of a ticket', async () => {
    const app = await startDemo();

    const result = await app.callRaw('checkin:issue-card', {
      reservationId: 1,
      sendSms: true,
    });

    expect(result.ok).toBe(false);
    expect(await simulatorRequests(app)).toHaveLength(0);
  });

  it('rejects a made-up ticket', async () => {
    const app = await startDemo();

    const result = await app.call('checkin:issue-card', {
      ticket: 'x'.repeat(43),
      sendSms: true,
    });

    expect(errorOf(result)?.code).toBe('ticket-expired');
    expect(await simulatorRequests(app)).toHaveLength(0);
  });

  it('rejects a lookup with a 3-digit phone factor', async () => {
    const app = await startDemo();

    const result = await app.callRaw('checkin:lookup', {
      booking: { by: 'code', code: 'DEMO1001' },
      secondFactor: { by: 'phone-digits', digits: '800' },
    });

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', field: 'secondFactor.digits' },
    });
  });

  it('rejects an invalid entered number', async () => {
    const app = await startDemo();
    const ticket = await ticketFor(app);

    const result = await app.call('checkin:issue-card', {
      ticket,
      sendSms: true,
      phone: '+8600000000',
    });

    expect(errorOf(result)?.field).toBe('phone');
    expect(await simulatorRequests(app)).toHaveLength(0);
  });
});

describe('app handlers', () => {
  it('forwards a renderer log line to the log file', async () => {
    const app = await startDemo();

    const result = await app.call('app:log', {
      level: 'warn',
      message: 'screen failed to render',
    });

    expect(result).toEqual({ ok: true, value: {} });
    await vi.waitFor(() =>
      expect(readLog(app)).toMatch(/renderer.*screen failed to render/),
    );
  });

  it('caps a long renderer message in the log', async () => {
    const app = await startDemo();

    await app.call('app:log', { level: 'error', message: 'x'.repeat(2000) });

    await vi.waitFor(() =>
      expect(readLog(app)).toContain(`${'x'.repeat(1000)}…`),
    );
    expect(readLog(app)).not.toContain('x'.repeat(1001));
  });

  it('masks a phone number in a renderer log line', async () => {
    const app = await startDemo();

    await app.call('app:log', {
      level: 'info',
      message: 'guest typed +86 138 0013 8000 on the phone screen',
    });

    await vi.waitFor(() => expect(readLog(app)).toContain('+86138****8000'));
    expect(readLog(app)).not.toMatch(/138 ?0013 ?8000/);
  });

  it('rejects exit-kiosk before a PIN is set', async () => {
    const app = await startDemo();

    const result = await app.call('app:exit-kiosk', { pin: '123456' });

    expect(result.ok).toBe(false);
  });

  it('reports issuing off in live mode without credentials', async () => {
    running = await startTestServices({ settings: { operatingMode: 'live' } });

    const status = await running.call('app:get-status', {});

    expect(status.ok).toBe(true);
    if (!status.ok) return;
    expect(status.value.issuing.enabled).toBe(false);
    expect(['no-credentials', 'credential-storage-unavailable']).toContain(
      status.value.issuing.reason,
    );
  });
});

describe('status events', () => {
  it('pushes online once the first probe answers', async () => {
    const app = await startDemo();

    await vi.waitFor(() =>
      expect(app.statuses.at(-1)?.connection).toBe('online'),
    );
  });

  it('pushes the outbox length of a queued check-in', async () => {
    const app = await startDemo();
    const stay = await app.call('checkin:lookup', li);
    if (!stay.ok) throw new Error(stay.error.message);

    const queued = await app.call('checkin:queue-offline', {
      ticket: stay.value.ticket,
    });

    expect(valueOf(queued).smsTo).toBe('+86138****8000');
    await vi.waitFor(() =>
      expect(app.statuses.some((status) => status.outboxLength === 1)).toBe(
        true,
      ),
    );
    await vi.waitFor(() => expect(app.statuses.at(-1)?.outboxLength).toBe(0));
  });

  it('pushes offline when the API stops answering', async () => {
    const app = await startDemo();
    const stay = await app.call('checkin:lookup', li);
    if (!stay.ok) throw new Error(stay.error.message);
    await fetch(new URL('sim/faults', app.services.simulatorUrl ?? ''), {
      method: 'POST',
      body: JSON.stringify({ action: '*', kind: 'reset' }),
    });

    const issued = await app.call('checkin:issue-card', {
      ticket: stay.value.ticket,
      sendSms: true,
    });

    expect(errorOf(issued)?.code).toBe('outcome-unknown');
    await vi.waitFor(() =>
      expect(app.statuses.at(-1)?.connection).toBe('offline'),
    );
  });

  it('refuses to queue a stay whose card request may have reached the API', async () => {
    const app = await startDemo();
    const stay = await app.call('checkin:lookup', li);
    if (!stay.ok) throw new Error(stay.error.message);
    await fetch(new URL('sim/faults', app.services.simulatorUrl ?? ''), {
      method: 'POST',
      body: JSON.stringify({ action: 'getLink', kind: 'drop-response' }),
    });
    await app.call('checkin:issue-card', {
      ticket: stay.value.ticket,
      sendSms: true,
    });

    const queued = await app.call('checkin:queue-offline', {
      ticket: stay.value.ticket,
    });

    expect(errorOf(queued)?.code).toBe('conflict');
  });
});

describe('startServices options and staff flows', () => {
  it('lets LOBBYKEY_DATA_DIR win over the given folder', () => {
    process.env.LOBBYKEY_DATA_DIR = '/tmp/lobbykey-from-environment';
    try {
      expect(resolveDataDir('/tmp/elsewhere')).toBe(
        '/tmp/lobbykey-from-environment',
      );
    } finally {
      delete process.env.LOBBYKEY_DATA_DIR;
    }
  });

  it('uses the given folder without LOBBYKEY_DATA_DIR', () => {
    delete process.env.LOBBYKEY_DATA_DIR;

    expect(resolveDataDir('/tmp/elsewhere')).toBe('/tmp/elsewhere');
  });

  it('starts the simulator on LOBBYKEY_SIMULATOR_PORT', async () => {
    const port = await freeLoopbackPort();
    process.env.LOBBYKEY_SIMULATOR_PORT = String(port);
    try {
      running = await startTestServices();
    } finally {
      delete process.env.LOBBYKEY_SIMULATOR_PORT;
    }

    expect(running.services.simulatorUrl).toBe(`http://127.0.0.1:${port}/`);
  });

  it('reports a settings notice after a corrupt settings file', async () => {
    const dataDir = makeDataDir();
    writeFileSync(path.join(dataDir, 'settings.json'), '{ not json');
    running = await startTestServices({ dataDir });

    const status = await running.call('app:get-status', {});

    expect(valueOf(status).settingsNotice).toBeTruthy();
  });

  it('makes one getLink for a double tap through the handlers', async () => {
    const app = await startDemo();
    const stay = await app.call('checkin:lookup', li);
    if (!stay.ok) throw new Error(stay.error.message);
    const request = { ticket: stay.value.ticket, sendSms: true };

    const [first, second] = await Promise.all([
      app.call('checkin:issue-card', request),
      app.call('checkin:issue-card', request),
    ]);

    const getLinks = (await simulatorRequests(app)).filter(
      (entry) => entry.action === 'getLink',
    );
    expect(getLinks).toHaveLength(1);
    expect(valueOf(first).cardNo).toBe(valueOf(second).cardNo);
  });

  it('exits kiosk mode with the right PIN only', async () => {
    const app = await startDemo();
    await app.call('staff:set-initial-pin', { pin: '246813' });

    const wrong = await app.call('app:exit-kiosk', { pin: '111111' });
    const right = await app.call('app:exit-kiosk', { pin: '246813' });

    expect(errorOf(wrong)?.code).toBe('pin-wrong');
    expect(right).toEqual({ ok: true, value: {} });
  });

  it('keeps the demo simulator and its cards across a reconfigure', async () => {
    const app = await startDemo();
    const url = app.services.simulatorUrl;
    const first = await app.call('checkin:lookup', li);
    if (!first.ok) throw new Error(first.error.message);
    const key = await app.call('checkin:issue-card', {
      ticket: first.value.ticket,
      sendSms: false,
    });
    await app.call('staff:set-initial-pin', { pin: '246813' });
    await app.call('staff:unlock', { pin: '246813' });

    const updated = await app.call('settings:update', {
      patch: { communityNo: '1316880000' },
    });
    const again = await app.call('checkin:lookup', li);

    expect(updated.ok).toBe(true);
    expect(app.services.simulatorUrl).toBe(url);
    expect(valueOf(again).existingKey?.cardNo).toBe(valueOf(key).cardNo);
  });

  it('rejects switching to live without credentials', async () => {
    const app = await startDemo();
    await app.call('staff:set-initial-pin', { pin: '246813' });
    await app.call('staff:unlock', { pin: '246813' });

    const switched = await app.call('settings:set-operating-mode', {
      mode: 'live',
    });
    const status = await app.call('app:get-status', {});

    expect(errorOf(switched)?.field).toBe('credentials');
    expect(valueOf(status).demo).toBe(true);
  });
});

describe('staff card handlers reject bad windows and rooms', () => {
  async function unlockedDemo(): Promise<TestServices> {
    const app = await startDemo();
    await app.call('staff:set-initial-pin', { pin: '246813' });
    await app.call('staff:unlock', { pin: '246813' });
    return app;
  }

  async function reservationId(app: TestServices, code: string) {
    const list = await app.call('reservations:list', { search: code });
    if (!list.ok || !list.value.items[0]) throw new Error(`no ${code}`);
    return list.value.items[0].id;
  }

  it('rejects a start after the end', async () => {
    const app = await unlockedDemo();
    const id = await reservationId(app, 'DEMO1001');
    const start = new Date(Date.now() + 3 * 3_600_000).toISOString();
    const end = new Date(Date.now() + 2 * 3_600_000).toISOString();

    const result = await app.call('cards:issue', {
      reservationId: id,
      sendSms: false,
      validFrom: start,
      validUntil: end,
    });

    expect(errorOf(result)?.code).toBe('invalid-request');
    expect(await simulatorRequests(app)).toHaveLength(0);
  });

  it('rejects a stay in the past', async () => {
    const app = await unlockedDemo();
    const id = await reservationId(app, 'DEMO1005');

    const result = await app.call('cards:issue', {
      reservationId: id,
      sendSms: false,
    });

    expect(result.ok).toBe(false);
    expect(await simulatorRequests(app)).toHaveLength(0);
  });

  it('rejects room "../../1"', async () => {
    const app = await unlockedDemo();
    const today = new Date().toISOString().slice(0, 10);

    const created = await app.call('reservations:create', {
      firstName: 'Eve',
      lastName: 'Path',
      phone: '+8613800138001',
      room: '../../1',
      arrivalDate: today,
      departureDate: today,
    });
    const issued = created.ok
      ? await app.call('cards:issue', {
          reservationId: created.value.id,
          sendSms: false,
        })
      : created;

    expect(errorOf(issued)?.code).toBe('invalid-request');
    expect(await simulatorRequests(app)).toHaveLength(0);
  });
});
