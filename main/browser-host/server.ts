import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import type { AppError, Result } from '../../preload/contract';
import type { EventSink } from '../app/types';
import { dispatch, type Handlers } from '../ipc/dispatch';
import { createLogger } from '../logging/logger';
import { EventStream } from './event-stream';
import { cspOfPage, injectToken, readStaticFile } from './static-files';

const log = createLogger('browser-host');

/** Header that carries the per-start token on API calls. */
export const TOKEN_HEADER = 'x-lobbykey-token';
/** Query parameter for the token on the event stream (EventSource has no headers). */
export const TOKEN_QUERY = 'token';

// The largest request is a CSV import of up to 5,000,000 characters, and
// JSON escaping can grow it, so the limit leaves room above that.
const MAX_BODY_BYTES = 12 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

export interface BrowserHostOptions {
  handlers: Handlers;
  /** Folder of the built renderer, with index.html. */
  rendererDir: string;
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number;
}

/** A running browser host. */
export interface BrowserHost {
  /** Origin with a trailing slash, such as `http://127.0.0.1:5180/`. */
  url: string;
  /** Sends an event to every open event stream. */
  publish: EventSink;
  close(): Promise<void>;
}

interface HostState {
  handlers: Handlers;
  rendererDir: string;
  /** Reads index.html anew with the token in it, so a rebuild shows at once. */
  page: () => Promise<string>;
  csp: string;
  token: Buffer;
  origin: string;
  hostHeader: string;
  events: EventStream;
}

/**
 * Serves the built renderer and the IPC contract over loopback HTTP:
 * `POST /api/<channel>` returns the channel's `Result` as JSON and
 * `GET /api/events` streams pushed events. Every request must name this
 * host in `Host`, and API calls must carry the token that only the served
 * page contains, which stops DNS rebinding and calls from other sites.
 */
export async function startBrowserHost(
  options: BrowserHostOptions,
): Promise<BrowserHost> {
  const html = await readIndexHtml(options.rendererDir);
  const csp = cspOfPage(html);
  if (!csp)
    throw new Error(
      `Content-Security-Policy meta tag missing in ${options.rendererDir}/index.html.`,
    );

  const tokenText = randomBytes(32).toString('base64url');
  const events = new EventStream();
  const state: Omit<HostState, 'origin' | 'hostHeader'> = {
    handlers: options.handlers,
    rendererDir: path.resolve(options.rendererDir),
    page: async () =>
      injectToken(await readIndexHtml(options.rendererDir), tokenText),
    csp,
    token: Buffer.from(tokenText),
    events,
  };

  const server = createServer();
  const port = await listen(server, options.port);
  const full: HostState = {
    ...state,
    origin: `http://${LOOPBACK}:${port}`,
    hostHeader: `${LOOPBACK}:${port}`,
  };
  server.on('request', (request, response) => {
    handle(full, request, response).catch((error: unknown) => {
      log.error('request failed', request.method, request.url, error);
      if (!response.headersSent) sendJson(response, 500, internalError());
      else response.end();
    });
  });
  log.info(`serving ${full.rendererDir} at ${full.origin}/`);

  return {
    url: `${full.origin}/`,
    publish: (event, payload) => events.publish(event, payload),
    close: () => closeServer(server, events),
  };
}

async function readIndexHtml(rendererDir: string): Promise<string> {
  const file = path.join(rendererDir, 'index.html');
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(
      `Renderer build not found at ${file}. Run "npm run build" first.`,
      { cause: error },
    );
  }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server, events: EventStream): Promise<void> {
  events.close();
  server.closeAllConnections();
  return new Promise((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
}

async function handle(
  state: HostState,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.headers.host !== state.hostHeader) {
    sendForbidden(response, `Host must be ${state.hostHeader}.`);
    return;
  }

  const url = new URL(request.url ?? '/', state.origin);
  if (url.pathname === '/api/events') {
    serveEvents(state, request, url, response);
    return;
  }
  if (url.pathname.startsWith('/api/')) {
    await serveApi(
      state,
      request,
      url.pathname.slice('/api/'.length),
      response,
    );
    return;
  }
  await serveFile(state, request, url.pathname, response);
}

function serveEvents(
  state: HostState,
  request: IncomingMessage,
  url: URL,
  response: ServerResponse,
): void {
  if (request.method !== 'GET') {
    sendJson(response, 405, failure('invalid-request', 'Use GET for events.'));
    return;
  }
  if (!originAllowed(state, request, false)) {
    sendForbidden(response, `Origin must be ${state.origin}.`);
    return;
  }
  if (!tokenMatches(state, url.searchParams.get(TOKEN_QUERY))) {
    sendForbidden(response, 'Missing or wrong host token.');
    return;
  }
  state.events.attach(response);
}

async function serveApi(
  state: HostState,
  request: IncomingMessage,
  channelName: string,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'POST') {
    sendJson(
      response,
      405,
      failure('invalid-request', 'Use POST for API calls.'),
    );
    return;
  }
  // Browsers send Origin on every POST, so a missing one means the caller
  // is not the page this host served.
  if (!originAllowed(state, request, true)) {
    sendForbidden(response, `Origin must be ${state.origin}.`);
    return;
  }
  const token = request.headers[TOKEN_HEADER];
  if (!tokenMatches(state, typeof token === 'string' ? token : null)) {
    sendForbidden(response, 'Missing or wrong host token.');
    return;
  }

  const body = await readJsonBody(request);
  if (!body.ok) {
    sendJson(response, body.status, { ok: false, error: body.error });
    return;
  }
  sendJson(
    response,
    200,
    await dispatch(state.handlers, channelName, body.value),
  );
}

async function serveFile(
  state: HostState,
  request: IncomingMessage,
  urlPath: string,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }

  if (urlPath === '/' || urlPath === '/index.html') {
    const page = await state.page();
    send(response, state, 200, 'text/html; charset=utf-8', page, request);
    return;
  }
  const file = await readStaticFile(state.rendererDir, urlPath);
  if (!file) {
    send(
      response,
      state,
      404,
      'text/plain; charset=utf-8',
      'Not found.',
      request,
    );
    return;
  }
  send(response, state, 200, file.contentType, file.body, request);
}

function send(
  response: ServerResponse,
  state: HostState,
  status: number,
  contentType: string,
  body: string | Buffer,
  request: IncomingMessage,
): void {
  response.writeHead(status, {
    'content-type': contentType,
    'content-security-policy': state.csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function originAllowed(
  state: HostState,
  request: IncomingMessage,
  required: boolean,
): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return !required;
  return origin === state.origin;
}

function tokenMatches(state: HostState, presented: string | null): boolean {
  if (presented === null) return false;
  const candidate = Buffer.from(presented);
  return (
    candidate.length === state.token.length &&
    timingSafeEqual(candidate, state.token)
  );
}

type BodyResult =
  { ok: true; value: unknown } | { ok: false; status: number; error: AppError };

async function readJsonBody(request: IncomingMessage): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      const message = `Request body is over ${MAX_BODY_BYTES} bytes.`;
      return {
        ok: false,
        status: 413,
        error: { code: 'invalid-request', message },
      };
    }
    chunks.push(chunk);
  }

  const text = Buffer.concat(chunks).toString('utf8');
  if (text.length === 0) return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // The parser's message would echo the body back, so it is left out.
    const message = 'Request body is not valid JSON.';
    return {
      ok: false,
      status: 400,
      error: { code: 'invalid-request', message },
    };
  }
}

function failure(code: AppError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function internalError(): Result<never> {
  return failure('internal', 'Internal error. See the log for details.');
}

function sendForbidden(response: ServerResponse, message: string): void {
  log.warn(`rejected request: ${message}`);
  sendJson(response, 403, failure('forbidden-sender', message));
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(JSON.stringify(body));
}
