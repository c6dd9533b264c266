import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';

import { channels } from '../../../preload/contract';
import { resolveAppOrigin } from '../../../main/electron/app-origin';
import {
  createWindowEventSink,
  registerIpcHandlers,
} from '../../../main/electron/ipc';
import type { Handlers } from '../../../main/ipc/dispatch';
import { FakeWebContents } from './fake-electron';

const indexPath = path.resolve('/opt/lobbykey/out/renderer/index.html');
const appUrl = pathToFileURL(indexPath).href;
const appOrigin = resolveAppOrigin(undefined, indexPath);

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => unknown;

// ipcMain needs the Electron binary; this fake records what the shell
// registers so the tests can invoke the handlers directly.
class FakeIpcMain {
  readonly listeners = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    this.listeners.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.listeners.delete(channel);
  }

  invoke(channel: string, event: unknown, payload: unknown): unknown {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event as IpcMainInvokeEvent, payload);
  }

  asIpcMain(): Pick<IpcMain, 'handle' | 'removeHandler'> {
    return this;
  }
}

const handlers = new Proxy(
  {},
  {
    get: (_target, name: string) => () =>
      Promise.resolve(name === 'app:log' ? {} : { called: name }),
  },
) as Handlers;

function setUp() {
  const contents = new FakeWebContents();
  contents.mainFrame = { url: appUrl, processId: 4, routingId: 7 };
  const ipc = new FakeIpcMain();
  const unregister = registerIpcHandlers(
    ipc.asIpcMain(),
    handlers,
    () => contents.asWebContents(),
    appOrigin,
  );
  const fromMainFrame = {
    sender: contents,
    senderFrame: { ...contents.mainFrame },
  };
  return { contents, ipc, unregister, fromMainFrame };
}

const logCall = { level: 'info', message: 'hello' };

describe('registerIpcHandlers', () => {
  it('registers every contract channel', () => {
    const { ipc } = setUp();

    expect([...ipc.listeners.keys()].sort()).toEqual(
      Object.keys(channels).sort(),
    );
  });

  it('runs a call from the main frame', async () => {
    const { ipc, fromMainFrame } = setUp();

    const result = await ipc.invoke('app:log', fromMainFrame, logCall);

    expect(result).toEqual({ ok: true, value: {} });
  });

  it('validates the payload', async () => {
    const { ipc, fromMainFrame } = setUp();

    const result = await ipc.invoke('app:log', fromMainFrame, {
      ...logCall,
      extra: 1,
    });

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it.each([
    [
      'a sub-frame',
      { senderFrame: { url: appUrl, processId: 4, routingId: 9 } },
    ],
    [
      'the main frame on a foreign page',
      {
        senderFrame: { url: 'https://evil.test/', processId: 4, routingId: 7 },
      },
    ],
    ['another window', { sender: new FakeWebContents() }],
    ['a destroyed frame', { senderFrame: null }],
  ])('rejects %s', async (_case, change) => {
    const { ipc, fromMainFrame } = setUp();

    const result = await ipc.invoke(
      'app:log',
      { ...fromMainFrame, ...change },
      logCall,
    );

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('removes every handler again', () => {
    const { ipc, unregister } = setUp();

    unregister();

    expect(ipc.listeners.size).toBe(0);
  });
});

describe('createWindowEventSink', () => {
  it('sends an event on its event channel', () => {
    const contents = new FakeWebContents();
    const sink = createWindowEventSink(() => contents.asWebContents());
    const payload = { jobId: 'j1', done: 1, total: 2 };

    sink('cards:group-progress', payload as never);

    expect(contents.sent).toEqual([
      { channel: 'event:cards:group-progress', payload },
    ]);
  });

  it('drops an event while there is no window', () => {
    const sink = createWindowEventSink((): WebContents | null => null);

    expect(() => sink('cards:group-progress', {} as never)).not.toThrow();
  });
});
