// Request handling of the simulated API: routing, faults, signature checks,
// the request log and the response in the format Accept names.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

import { createLogger } from '../logging/logger';
import {
  decodeBody,
  encodeBody,
  formatFromAccept,
  mediaTypeOf,
  type WireFormat,
} from '../qrmaster/wire';
import { verifyCardCall, verifyRoomInfoCall } from './auth';
import { cardActions, type ActionContext } from './card-actions';
import { toRoomInfoData, type SimCommunity } from './community';
import { handleControl, type ControlTarget } from './control';
import { FaultBook, type Fault } from './faults';
import { readBody, send } from './http-io';
import {
  answer,
  type Answer,
  type RecordedRequest,
  type SimCard,
  type UnansweredOutcome,
} from './state';

const logger = createLogger('simulator');

const ROOM_INFO_PATH = '/Home/Records/fetchRoomInfo';
const HTML_PAGE =
  '<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Something went wrong</h1></body></html>';

interface Route {
  action: string;
  kind: 'card' | 'room-info';
}

function routeOf(url: URL): Route | null {
  if (url.pathname === ROOM_INFO_PATH) {
    return { action: 'fetchRoomInfo', kind: 'room-info' };
  }
  if (url.pathname === '/' && url.searchParams.get('c') === 'Qrcode') {
    return { action: url.searchParams.get('a') ?? '', kind: 'card' };
  }
  return null;
}

/** One exchange: the request, its route and the server clock to use. */
interface Exchange {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  route: Route;
  nowMs: number;
}

/** The simulator's state and its request handler. */
export class SimulatorServer implements ControlTarget {
  readonly accounts = new Map<string, string>();
  readonly cardsByNo = new Map<string, SimCard>();
  private log: RecordedRequest[] = [];
  private readonly faults: FaultBook;
  private clockOffsetMs = 0;

  constructor(
    readonly community: SimCommunity,
    private readonly cardNumberField: 'no' | 'cardNo',
    seed: number,
  ) {
    this.faults = new FaultBook(seed);
  }

  serverNowMs(): number {
    return Date.now() + this.clockOffsetMs;
  }

  requests(): RecordedRequest[] {
    return this.log.map((entry) => structuredClone(entry));
  }

  cards(): SimCard[] {
    return [...this.cardsByNo.values()].map((card) => ({ ...card }));
  }

  injectFault(action: string, fault: Fault): void {
    this.faults.add(action, fault);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  resetRequests(): void {
    this.log = [];
  }

  setClockOffsetMs(ms: number): void {
    this.clockOffsetMs = ms;
  }

  async handle(
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/sim/')) {
      return handleControl(request, response, url.pathname, this);
    }

    const route = routeOf(url);
    if (route === null) {
      send(response, 404, 'text/plain', 'not found', this.serverNowMs());
      return;
    }
    return this.handleApi({
      request,
      response,
      url,
      route,
      nowMs: this.serverNowMs(),
    });
  }

  private record(
    exchange: Exchange,
    entry: Omit<RecordedRequest, 'action' | 'at'>,
  ): void {
    this.log.push({
      action: exchange.route.action,
      at: new Date(exchange.nowMs).toISOString(),
      ...entry,
    });
  }

  private unanswered(
    exchange: Exchange,
    status: UnansweredOutcome,
    fields: Record<string, unknown> = {},
  ): void {
    this.record(exchange, {
      signatureValid: false,
      fields,
      format: 'json',
      status,
    });
  }

  private async handleApi(exchange: Exchange): Promise<void> {
    const fired = this.faults.draw(exchange.route.action);
    const kinds = new Set(fired.map((fault) => fault.kind));
    if (kinds.has('reset')) {
      this.unanswered(exchange, 'reset');
      exchange.request.socket.destroy();
      return;
    }

    const text = await readBody(exchange.request);
    for (const fault of fired) {
      if (fault.kind === 'clock-offset') exchange.nowMs += fault.ms ?? 0;
    }
    if (kinds.has('no-answer')) return this.unanswered(exchange, 'no-answer');
    if (kinds.has('http-500')) {
      this.unanswered(exchange, 'http-500');
      return send(
        exchange.response,
        500,
        'text/plain',
        'Internal Server Error',
        exchange.nowMs,
      );
    }
    if (kinds.has('html')) {
      this.unanswered(exchange, 'html');
      return send(
        exchange.response,
        200,
        'text/html;charset=utf-8',
        HTML_PAGE,
        exchange.nowMs,
      );
    }

    const result =
      exchange.route.kind === 'room-info'
        ? this.roomInfo(exchange, text)
        : await this.cardCall(exchange, text, kinds.has('quota'));

    if (kinds.has('drop-response')) {
      this.log[this.log.length - 1]!.status = 'dropped';
      exchange.request.socket.destroy();
      return;
    }
    // The request is carried out and recorded before the delay, so a late
    // response still leaves its card behind: the case a client must survive.
    for (const fault of fired) {
      if (fault.kind === 'delay') await sleep(fault.ms ?? 0);
    }
    const body = encodeBody(
      {
        status: result.answer.status,
        info: result.answer.info,
        ...result.answer.payload,
      },
      result.format,
      'response',
    );
    send(
      exchange.response,
      200,
      `${mediaTypeOf(result.format)};charset=utf-8`,
      body,
      exchange.nowMs,
    );
  }

  private async cardCall(
    exchange: Exchange,
    text: string,
    quota: boolean,
  ): Promise<{ answer: Answer; format: WireFormat }> {
    // The format of body and response follows Accept, whatever Content-Type says.
    const format = formatFromAccept(exchange.request.headers.accept);
    const fields = decodeBody(text, format, 'request');
    const auth = verifyCardCall(
      exchange.request.headers.authorization,
      exchange.url.searchParams.get('sig'),
      this.accounts,
      exchange.nowMs,
    );
    const signatureValid = 'accountSid' in auth;
    const result = await this.runCardAction(exchange, fields, auth, quota);

    this.record(exchange, {
      signatureValid,
      fields: fields ?? {},
      format,
      status: result.status,
    });
    logger.debug(`${exchange.route.action} -> ${result.status}`);
    return { answer: result, format };
  }

  private async runCardAction(
    exchange: Exchange,
    fields: Record<string, unknown> | null,
    auth: ReturnType<typeof verifyCardCall>,
    quota: boolean,
  ): Promise<Answer> {
    if (!('accountSid' in auth)) return answer(auth.status, auth.info);
    if (quota) return answer(4005, 'request quota reached');

    const action = cardActions[exchange.route.action];
    if (action === undefined)
      return answer(4003, `no such API: ${exchange.route.action}`);
    if (fields === null)
      return answer(
        4002,
        'bad request: the body is not the format Accept names',
      );
    if ('authToken' in fields)
      return answer(4002, 'bad request: never send authToken in the body');
    return action(fields, this.context(auth.accountSid, exchange.nowMs));
  }

  private context(accountSid: string, nowMs: number): ActionContext {
    return {
      accountSid,
      community: this.community,
      cards: this.cardsByNo,
      cardNumberField: this.cardNumberField,
      serverNowMs: nowMs,
    };
  }

  private roomInfo(
    exchange: Exchange,
    text: string,
  ): { answer: Answer; format: WireFormat } {
    const form = new URLSearchParams(text);
    const auth = verifyRoomInfoCall(
      form,
      exchange.url.searchParams.get('sig'),
      this.accounts,
      exchange.nowMs,
    );
    const signatureValid = 'accountSid' in auth;

    let result: Answer;
    if (!('accountSid' in auth)) result = answer(auth.status, auth.info);
    else if (form.has('authToken'))
      result = answer(4002, 'bad request: never send authToken in the form');
    else if (form.get('communityNo') !== this.community.communityNo)
      result = answer(5104, 'communityNo format error or unknown community');
    else
      result = answer(200, 'success', { data: toRoomInfoData(this.community) });

    this.record(exchange, {
      signatureValid,
      fields: Object.fromEntries(form),
      format: 'form',
      status: result.status,
    });
    return { answer: result, format: 'json' };
  }
}
