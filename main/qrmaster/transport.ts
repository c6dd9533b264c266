// The HTTP layer under the client: keep-alive agents, per-call timeouts, and
// the record of whether a request could have reached the server. That record
// decides between "network-unavailable" (safe to retry, nothing was sent)
// and "outcome-unknown" (the server may have acted).
import http from 'node:http';
import https from 'node:https';

/** Progress of one request attempt. */
export interface AttemptTracker {
  /** The socket connected (for https: the TLS handshake finished). */
  connected: boolean;
  /** The timeout of ours that ended the attempt, if any. */
  timedOut?: 'connect' | 'total';
}

/** Error codes set on the errors our own timers raise. */
export const CONNECT_TIMEOUT_CODE = 'LOBBYKEY_CONNECT_TIMEOUT';
export const TOTAL_TIMEOUT_CODE = 'LOBBYKEY_TOTAL_TIMEOUT';

/** The keep-alive agents of one client. */
export interface Agents {
  httpAgent: http.Agent;
  httpsAgent: https.Agent;
}

/**
 * Idle pooled sockets close after this long, before a server with Node's
 * default 5 s keep-alive timeout closes them under a new request.
 */
const IDLE_SOCKET_MS = 4_000;

/** Creates the keep-alive agents of one client. */
export function createAgents(): Agents {
  // NOTE: a server may still close a pooled socket just as a request
  // reuses it. That request then ends as outcome-unknown, never as a blind
  // retry, so the failure is safe but not always necessary.
  const options = { keepAlive: true, timeout: IDLE_SOCKET_MS };
  return {
    httpAgent: new http.Agent(options),
    // Certificate checks stay on whatever the environment sets, because
    // integrations that turned them off sent tokens to anyone on the path.
    httpsAgent: new https.Agent({ ...options, rejectUnauthorized: true }),
  };
}

function codedError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Destroys the request after `ms`, marking the phase that timed out. */
function abortAfter(
  request: http.ClientRequest,
  tracker: AttemptTracker,
  phase: 'connect' | 'total',
  ms: number,
): NodeJS.Timeout {
  return setTimeout(() => {
    tracker.timedOut = phase;
    const code =
      phase === 'connect' ? CONNECT_TIMEOUT_CODE : TOTAL_TIMEOUT_CODE;
    request.destroy(codedError(code, `${phase} timeout of ${ms} ms exceeded`));
  }, ms);
}

type RequestCallback = (response: http.IncomingMessage) => void;

/** The shape axios expects of its `transport` option. */
export interface Transport {
  request(
    options: http.RequestOptions,
    callback: RequestCallback,
  ): http.ClientRequest;
}

function watchConnect(
  request: http.ClientRequest,
  secure: boolean,
  tracker: AttemptTracker,
  connectTimeoutMs: number,
): void {
  request.once('socket', (socket) => {
    // A kept-alive socket from the pool is connected already.
    if (!socket.connecting) {
      tracker.connected = true;
      return;
    }

    const timer = abortAfter(request, tracker, 'connect', connectTimeoutMs);
    // Until the handshake ends, an https request has not left in any form.
    socket.once(secure ? 'secureConnect' : 'connect', () => {
      clearTimeout(timer);
      tracker.connected = true;
    });
    socket.once('close', () => clearTimeout(timer));
  });
}

/**
 * Returns an axios transport for one attempt that records into `tracker`,
 * fails the connect after `connectTimeoutMs` and the whole exchange, body
 * included, after `totalTimeoutMs`.
 */
export function createTrackingTransport(
  tracker: AttemptTracker,
  connectTimeoutMs: number,
  totalTimeoutMs: number,
): Transport {
  return {
    request(options, callback) {
      const secure = options.protocol === 'https:';
      let timer: NodeJS.Timeout | undefined = undefined;
      const finish = (): void => clearTimeout(timer);

      const request = (secure ? https : http).request(options, (response) => {
        response.once('end', finish);
        response.once('close', finish);
        callback(response);
      });
      timer = abortAfter(request, tracker, 'total', totalTimeoutMs);
      request.once('error', finish);

      watchConnect(request, secure, tracker, connectTimeoutMs);
      return request;
    },
  };
}

const TLS_CODE =
  /^(CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_TLS_|ERR_SSL_|HOSTNAME_MISMATCH)/;

/** Collects `code` values along an error's cause chain. */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    current = current.cause;
  }
  return codes;
}

export type TransportFailure =
  'tls-error' | 'network-unavailable' | 'outcome-unknown';

/** Sorts a failed attempt by what may have reached the server. */
export function classifyTransportFailure(
  error: unknown,
  tracker: AttemptTracker,
): { kind: TransportFailure; codes: string[] } {
  const codes = errorCodes(error);

  if (codes.some((code) => TLS_CODE.test(code))) {
    return { kind: 'tls-error', codes };
  }
  // Node buffers the request until the socket connects, so an attempt that
  // never connected sent nothing. Once connected, bytes may have left.
  return {
    kind: tracker.connected ? 'outcome-unknown' : 'network-unavailable',
    codes,
  };
}
