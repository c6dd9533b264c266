import { EventEmitter } from 'node:events';

import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Screen,
  Session,
  WebContents,
} from 'electron';

// The real BrowserWindow, WebContents and Session need the Electron binary,
// which cannot run here. These fakes copy only the event API and the calls
// the shell makes, so tests can fire events and read what the shell did.

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;

export class FakeSession {
  headersListener:
    | ((
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: {
          responseHeaders?: Record<string, string[] | string>;
        }) => void,
      ) => void)
    | null = null;
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: (() => boolean) | null = null;

  webRequest = {
    onHeadersReceived: (listener: FakeSession['headersListener']) => {
      this.headersListener = listener;
    },
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: () => boolean): void {
    this.permissionCheckHandler = handler;
  }

  asSession(): Session {
    return this as unknown as Session;
  }
}

/** An event with `preventDefault`, as Electron passes to listeners. */
export class FakeEvent {
  defaultPrevented = false;

  constructor(readonly url = '') {}

  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeWebContents extends EventEmitter {
  session = new FakeSession();
  mainFrame = { url: '', processId: 1, routingId: 1 };
  zoomLimits: [number, number] | null = null;
  zoomFactor: number | null = null;
  zoomResets = 0;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null =
    null;
  sent: { channel: string; payload: unknown }[] = [];
  destroyed = false;

  setVisualZoomLevelLimits(minimum: number, maximum: number): Promise<void> {
    this.zoomLimits = [minimum, maximum];
    return Promise.resolve();
  }

  setZoomFactor(factor: number): void {
    this.zoomFactor = factor;
    this.zoomResets += 1;
  }

  setWindowOpenHandler(
    handler: (details: { url: string }) => { action: string },
  ): void {
    this.windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }

  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  loaded: { kind: 'url' | 'file'; target: string }[] = [];
  visible = false;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }

  loadURL(url: string): Promise<void> {
    this.loaded.push({ kind: 'url', target: url });
    return Promise.resolve();
  }

  loadFile(file: string): Promise<void> {
    this.loaded.push({ kind: 'file', target: file });
    return Promise.resolve();
  }

  show(): void {
    this.visible = true;
  }

  asBrowserWindow(): BrowserWindow {
    return this as unknown as BrowserWindow;
  }
}

export class FakeScreen extends EventEmitter {
  asScreen(): Pick<Screen, 'on'> {
    return this as unknown as Pick<Screen, 'on'>;
  }
}
