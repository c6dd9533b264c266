// HTTP control endpoints, so other processes (end-to-end tests, the app in
// demo mode) can inspect and steer a running simulator.
import type { IncomingMessage, ServerResponse } from 'node:http';

import { faultProblem, type Fault } from './faults';
import { readBody, sendJson } from './http-io';
import type { RecordedRequest, SimCard } from './state';

/** The ways to inspect and steer a simulator, in process or over HTTP. */
export interface SimulatorControls {
  /** Copies of the recorded API requests, oldest first. */
  requests(): RecordedRequest[];
  /** Copies of the issued cards. */
  cards(): SimCard[];
  /** Adds a fault for an action (such as "getLink"), or "*" for all. */
  injectFault(action: string, fault: Fault): void;
  clearFaults(): void;
  resetRequests(): void;
  /** Moves the server clock (T checks and the Date header) by `ms`. */
  setClockOffsetMs(ms: number): void;
}

/** The simulator state behind the control endpoints. */
export interface ControlTarget extends SimulatorControls {
  serverNowMs(): number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readJson(
  request: IncomingMessage,
): Promise<Record<string, unknown> | null> {
  try {
    const value: unknown = JSON.parse(await readBody(request));
    return isRecord(value) ? value : null;
  } catch {
    // A body that is not a JSON object gets the 400 below.
    return null;
  }
}

async function addFault(
  request: IncomingMessage,
  response: ServerResponse,
  target: ControlTarget,
): Promise<void> {
  const now = target.serverNowMs();
  const body = await readJson(request);
  if (body === null) {
    sendJson(
      response,
      400,
      { error: 'body must be a JSON object {action, kind, ...}' },
      now,
    );
    return;
  }

  const { action, ...fault } = body;
  const problem = faultProblem(action, fault);
  if (problem !== null) {
    sendJson(response, 400, { error: problem }, now);
    return;
  }
  target.injectFault(action as string, fault as unknown as Fault);
  sendJson(response, 201, { ok: true }, now);
}

async function setClock(
  request: IncomingMessage,
  response: ServerResponse,
  target: ControlTarget,
): Promise<void> {
  const body = await readJson(request);
  const offsetMs = body?.offsetMs;
  if (typeof offsetMs !== 'number' || !Number.isFinite(offsetMs)) {
    sendJson(
      response,
      400,
      { error: 'body must be {"offsetMs": <number>}' },
      target.serverNowMs(),
    );
    return;
  }
  target.setClockOffsetMs(offsetMs);
  sendJson(response, 200, { ok: true }, target.serverNowMs());
}

/**
 * Serves the control endpoints under `/sim/`:
 *
 * - `GET /sim/requests`: the recorded API requests, oldest first.
 * - `GET /sim/cards`: the issued cards with their state and SMS count.
 * - `POST /sim/faults`: `{"action": "getLink" | "*", "kind": ..., "ms"?,
 *   "count"?, "probability"?}` adds a fault (kinds as in faults.ts).
 * - `DELETE /sim/faults`: removes every fault.
 * - `POST /sim/reset-requests`: empties the request log.
 * - `POST /sim/clock`: `{"offsetMs": n}` moves the server clock.
 *
 * The server listens on 127.0.0.1 only, and this handler also rejects any
 * peer that is not loopback.
 */
export async function handleControl(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  target: ControlTarget,
): Promise<void> {
  const now = target.serverNowMs();
  const peer = request.socket.remoteAddress ?? '';
  if (!/^(127\.|::1$|::ffff:127\.)/.test(peer)) {
    sendJson(
      response,
      403,
      { error: 'control endpoints are for loopback only' },
      now,
    );
    return;
  }

  const route = `${request.method ?? ''} ${pathname}`;
  switch (route) {
    case 'GET /sim/requests':
      return sendJson(response, 200, target.requests(), now);
    case 'GET /sim/cards':
      return sendJson(response, 200, target.cards(), now);
    case 'POST /sim/faults':
      return addFault(request, response, target);
    case 'DELETE /sim/faults':
      target.clearFaults();
      return sendJson(response, 200, { ok: true }, now);
    case 'POST /sim/reset-requests':
      target.resetRequests();
      return sendJson(response, 200, { ok: true }, now);
    case 'POST /sim/clock':
      return setClock(request, response, target);
    default:
      return sendJson(
        response,
        404,
        { error: `no control endpoint ${route}` },
        now,
      );
  }
}
