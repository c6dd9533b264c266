import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { AppStatus } from '../../../preload/contract';
import { defaultSettings } from '../../../preload/contract';
import type { Handlers } from '../../../main/ipc/dispatch';
import {
  startBrowserHost,
  TOKEN_HEADER,
  type BrowserHost,
} from '../../../main/browser-host/server';

const CSP = "default-src 'self'; script-src 'self'; object-src 'none'";
const PAGE = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP}" /></head><body></body></html>`;

const status: AppStatus = {
  version: '0.0.0-test',
  demo: true,
  connection: 'online',
  outboxLength: 0,
  issuing: { enabled: true },
  staffPinSet: false,
  kiosk: {
    propertyName: defaultSettings.propertyName,
    propertyTimeZone: defaultSettings.propertyTimeZone,
    defaultCountry: defaultSettings.defaultCountry,
    smsDefault: true,
    idleTimeoutSeconds: 60,
    idleWarningSeconds: 15,
    keyScreenSeconds: 60,
    staffIdleLockMinutes: 3,
    languages: ['en', 'zh-CN'],
    defaultLanguage: 'en',
    mode: 'kiosk',
    printingEnabled: false,
    helpContact: '',
  },
};

// The real services need the database and the simulator; these tests are
// about the transport, so a small in-test handler set stands in for them.
const handlers = new Proxy(
  { 'app:get-status': () => Promise.resolve(status) },
  {
    get(target, name: string) {
      if (name in target) return target[name as keyof typeof target];
      return () => Promise.reject(new Error(`no test handler for ${name}`));
    },
  },
) as unknown as Handlers;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let root: string;
let host: BrowserHost;
let token: string;

function send(
  method: string,
  urlPath: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Reply> {
  const url = new URL(host.url);
  return new Promise((resolve, reject) => {
    const call = httpRequest(
      {
        host: '127.0.0.1',
        port: url.port,
        method,
        path: urlPath,
        headers: { host: url.host, ...headers },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: text,
          }),
        );
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}

function callApi(
  channel: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  return send(
    'POST',
    `/api/${channel}`,
    {
      origin: host.url.slice(0, -1),
      'content-type': 'application/json',
      [TOKEN_HEADER]: token,
      ...headers,
    },
    JSON.stringify(body),
  );
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'lobbykey-host-'));
  const rendererDir = path.join(root, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), PAGE);
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'void 0;');
  await writeFile(path.join(root, 'secret.txt'), 'outside the renderer');

  host = await startBrowserHost({ handlers, rendererDir, port: 0 });
  const page = await send('GET', '/');
  token =
    /name="lobbykey-host-token" content="([^"]+)"/.exec(page.body)?.[1] ?? '';
});

afterEach(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

describe('browser host', () => {
  it('binds to 127.0.0.1 and prints the origin', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('injects a random token into the page', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('serves a rebuilt page without a restart', async () => {
    const rebuilt = PAGE.replace('</body>', '<p>rebuilt</p></body>');
    await writeFile(path.join(root, 'renderer', 'index.html'), rebuilt);

    const page = await send('GET', '/');

    expect(page.body).toContain('<p>rebuilt</p>');
    expect(page.body).toContain(token);
  });

  it('serves the page with the meta CSP as a header', async () => {
    const page = await send('GET', '/');

    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CSP);
  });

  it('serves scripts as JavaScript', async () => {
    const script = await send('GET', '/assets/app.js');

    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
  });

  it('returns 404 for an unknown path', async () => {
    expect((await send('GET', '/nothing.js')).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/assets%5c..%5c..%5csecret.txt',
    '/%E0%A4%A',
  ])('returns 404 for traversal %s', async (urlPath) => {
    const reply = await send('GET', urlPath);

    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('outside the renderer');
  });

  it('returns the channel result for a valid call', async () => {
    const reply = await callApi('app:get-status', {});

    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: status });
  });

  it('rejects a call without the token', async () => {
    const reply = await callApi('app:get-status', {}, { [TOKEN_HEADER]: '' });

    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('rejects a call with a wrong token', async () => {
    const wrong = token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    const reply = await callApi(
      'app:get-status',
      {},
      { [TOKEN_HEADER]: wrong },
    );

    expect(reply.status).toBe(403);
  });

  it('rejects a call from another origin', async () => {
    const reply = await callApi(
      'app:get-status',
      {},
      { origin: 'http://evil.test' },
    );

    expect(reply.status).toBe(403);
  });

  it('rejects a call without an origin', async () => {
    const reply = await send(
      'POST',
      '/api/app:get-status',
      { [TOKEN_HEADER]: token },
      '{}',
    );

    expect(reply.status).toBe(403);
  });

  it('rejects a rebound host name on the page', async () => {
    const reply = await send('GET', '/', { host: 'evil.test' });

    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain(token);
  });

  it('returns a typed error for an unknown channel', async () => {
    const reply = await callApi('fs:read-file', {});

    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
  });

  it('returns a typed error for invalid JSON', async () => {
    const reply = await send(
      'POST',
      '/api/app:get-status',
      { origin: host.url.slice(0, -1), [TOKEN_HEADER]: token },
      '{not json',
    );

    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('returns a typed error for extra fields', async () => {
    const reply = await callApi('app:get-status', { admin: true });

    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('rejects the event stream without the token', async () => {
    expect((await send('GET', '/api/events')).status).toBe(403);
  });

  it('streams a published event', async () => {
    const url = new URL(host.url);
    const received = new Promise<string>((resolve, reject) => {
      const call = httpRequest(
        {
          host: '127.0.0.1',
          port: url.port,
          path: `/api/events?token=${token}`,
          headers: { host: url.host },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes(': connected'))
              host.publish('app:status', status);
            if (text.includes('event: app:status')) {
              resolve(text);
              call.destroy();
            }
          });
        },
      );
      call.on('error', reject);
      call.end();
    });

    const text = await received;
    expect(text).toContain(`data: ${JSON.stringify(status)}`);
  });
});
