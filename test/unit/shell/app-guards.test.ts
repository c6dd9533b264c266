import { EventEmitter } from 'node:events';

import type { App } from 'electron';
import { describe, expect, it } from 'vitest';

import { guardApp, hardenChromium } from '../../../main/electron/app-guards';
import { describeUrl } from '../../../main/electron/navigation';
import { FakeEvent, FakeWebContents } from './fake-electron';

// Electron's app object needs the binary. An EventEmitter replaces its event
// API, so the tests can fire the events the guards listen to.
function guardedApp(): EventEmitter {
  const app = new EventEmitter();
  guardApp(app as unknown as Pick<App, 'on'>);
  return app;
}

describe('guardApp', () => {
  it('never trusts a certificate error', () => {
    const app = guardedApp();
    const decisions: boolean[] = [];

    app.emit(
      'certificate-error',
      new FakeEvent(),
      new FakeWebContents(),
      'https://api.example/',
      'net::ERR_CERT_AUTHORITY_INVALID',
      {},
      (trusted: boolean) => decisions.push(trusted),
    );

    expect(decisions).toEqual([false]);
  });

  it('blocks webviews in new contents', () => {
    const app = guardedApp();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', new FakeEvent(), contents);
    const attach = new FakeEvent();

    contents.emit('will-attach-webview', attach);

    expect(attach.defaultPrevented).toBe(true);
  });

  it('denies new windows from new contents', () => {
    const app = guardedApp();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', new FakeEvent(), contents);

    const decision = contents.windowOpenHandler?.({
      url: 'https://evil.test/',
    });

    expect(decision).toEqual({ action: 'deny' });
  });
});

describe('describeUrl', () => {
  it('drops the query and fragment', () => {
    expect(describeUrl('https://evil.test/a/b?token=secret#x')).toBe(
      'https://evil.test/a/b',
    );
  });

  it('quotes and cuts a value that is no URL', () => {
    expect(describeUrl('x'.repeat(200))).toBe(JSON.stringify('x'.repeat(80)));
  });
});

describe('hardenChromium', () => {
  it('sandboxes every renderer and turns pinch zoom off', () => {
    const calls: string[] = [];

    hardenChromium({
      enableSandbox: () => calls.push('enableSandbox'),
      commandLine: {
        appendSwitch: (name: string) => calls.push(`--${name}`),
      },
    });

    expect(calls).toEqual(['enableSandbox', '--disable-pinch']);
  });
});
