import { setTimeout as sleep } from 'node:timers/promises';

import axios, { type AxiosInstance } from 'axios';

import { createLogger } from '../logging/logger';
import { maskPhone } from '../logging/redact';
import { resolveConfig, type ResolvedConfig } from './config';
import { QrMasterError, isQrMasterError } from './errors';
import { interpretResponse, type RawResponse } from './response';
import { readCardNo, readPng, readRoomInfo } from './response-fields';
import { signCardCall, signRoomInfoForm } from './signing';
import {
  classifyTransportFailure,
  createAgents,
  createTrackingTransport,
  type Agents,
  type AttemptTracker,
} from './transport';
import {
  buildGetCardFields,
  buildGetLinkFields,
  checkCardNo,
  checkCardType,
  type WireFields,
} from './validation';
import { formatSignatureTimestamp } from './wall-clock';
import {
  encodeBody,
  mediaTypeOf,
  type Envelope,
  type WireFormat,
} from './wire';
import type {
  CardType,
  GetCardParams,
  GetLinkParams,
  QrMasterApi,
  QrMasterConfig,
  RoomInfo,
} from './types';

const logger = createLogger('qrmaster');

const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/**
 * Which failures a call may retry. `unsent` retries only requests that
 * certainly never left (a card call repeated after it reached the server
 * could mint a second card or text the guest twice); `read-only` also
 * retries lost responses and HTTP 5xx.
 */
type RetryPolicy = 'unsent' | 'read-only';

/** One HTTP request of a call, built afresh for each attempt. */
interface PreparedRequest {
  url: string;
  body: string;
  contentType: string;
  format: WireFormat;
  authorization?: string;
}

/** Facts about a call for its log line; the mobile is masked on output. */
interface CallContext {
  cardNo?: string;
  mobile?: string;
}

function isRetryable(error: QrMasterError, policy: RetryPolicy): boolean {
  if (error.code === 'network-unavailable') return true;
  if (policy === 'unsent') return false;
  return (
    error.code === 'outcome-unknown' ||
    (error.code === 'invalid-response' && /HTTP 5\d\d/.test(error.message))
  );
}

function describeContext(context: CallContext): string {
  const parts: string[] = [];
  if (context.cardNo !== undefined) parts.push(`card ${context.cardNo}`);
  if (context.mobile !== undefined) {
    parts.push(`mobile ${maskPhone(context.mobile)}`);
  }
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/**
 * The QR Master cloud API over one keep-alive connection pool. Every failure
 * is a QrMasterError; no caller sees axios.
 */
export class QrMasterClient implements QrMasterApi {
  private readonly config: ResolvedConfig;
  private readonly agents: Agents;
  private readonly http: AxiosInstance;

  /** Throws QrMasterError('invalid-input') for a bad configuration. */
  constructor(config: QrMasterConfig) {
    this.config = resolveConfig(config);
    this.agents = createAgents();
    this.http = axios.create({
      baseURL: this.config.baseUrl.href,
      httpAgent: this.agents.httpAgent,
      httpsAgent: this.agents.httpsAgent,
      // The API never redirects, and a proxy from the environment would see
      // every request of a kiosk.
      maxRedirects: 0,
      proxy: false,
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
      validateStatus: () => true,
      maxContentLength: MAX_RESPONSE_BYTES,
      headers: { 'User-Agent': this.config.userAgent },
    });
  }

  async getLink(params: GetLinkParams): Promise<{ cardNo: string }> {
    const fields = buildGetLinkFields(
      params,
      this.config.communityNo,
      this.config.communityTimeZone,
      this.config.now(),
    );
    const context: CallContext = { mobile: params.mobile };
    const envelope = await this.cardCall('getLink', fields, 'unsent', context);

    const cardNo = readCardNo(envelope);
    logger.info(`getLink issued card ${cardNo}${describeContext(context)}`);
    return { cardNo };
  }

  async getCard(params: GetCardParams): Promise<{ pngBase64: string }> {
    const fields = buildGetCardFields(
      params,
      this.config.communityNo,
      this.config.communityTimeZone,
      this.config.now(),
    );
    const context = { cardNo: params.cardNo, mobile: params.mobile };
    const envelope = await this.cardCall(
      'getCard',
      fields,
      'read-only',
      context,
    );

    return { pngBase64: readPng(envelope) };
  }

  async cancelCard(params: {
    cardNo: string;
    cardType?: CardType;
  }): Promise<void> {
    const cardNo = checkCardNo('cancelCard', params.cardNo);
    const cardType = checkCardType('cancelCard', params.cardType);

    const fields = { cardNo, cardType: String(cardType) };
    await this.cardCall('cancelCard', fields, 'unsent', { cardNo });
  }

  async reportLost(params: {
    cardNo: string;
    wholeRoom: boolean;
  }): Promise<void> {
    const cardNo = checkCardNo('reportLost', params.cardNo);
    if (typeof params.wholeRoom !== 'boolean') {
      throw new QrMasterError(
        'invalid-input',
        'reportLost',
        'wholeRoom must be true or false.',
        {
          field: 'wholeRoom',
        },
      );
    }

    // Only room cards can be reported lost.
    const fields = {
      cardNo,
      cardType: '0',
      wholeRoom: params.wholeRoom ? '1' : '0',
    };
    await this.cardCall('reportLost', fields, 'unsent', { cardNo });
  }

  async fetchRoomInfo(): Promise<RoomInfo> {
    const envelope = await this.call(
      'fetchRoomInfo',
      () => this.prepareRoomInfo(),
      'read-only',
      {},
    );
    return readRoomInfo(envelope);
  }

  close(): void {
    this.agents.httpAgent.destroy();
    this.agents.httpsAgent.destroy();
  }

  private cardCall(
    action: string,
    fields: WireFields,
    policy: RetryPolicy,
    context: CallContext,
  ): Promise<Envelope> {
    return this.call(
      action,
      () => this.prepareCardCall(action, fields),
      policy,
      context,
    );
  }

  /** Signs a card call with a fresh timestamp (scheme A). */
  private prepareCardCall(action: string, fields: WireFields): PreparedRequest {
    const { accountSid, authToken, format } = this.config;
    const timestamp = formatSignatureTimestamp(this.config.now());
    const { sig, authorization } = signCardCall(
      accountSid,
      authToken,
      timestamp,
    );

    return {
      url: `?c=Qrcode&a=${action}&sig=${sig}`,
      body: encodeBody(fields, format, 'request'),
      // The vendor pages show the misspelt header
      // "application/x-www-form-urlencode;charset=uft-8" above a raw JSON
      // body. The server reads the body by Accept, so this client sends the
      // correct media type with the same JSON (or XML) body.
      contentType: `${mediaTypeOf(format)};charset=utf-8`,
      format,
      authorization,
    };
  }

  /** Signs the fetchRoomInfo form (scheme B); the token is never sent. */
  private prepareRoomInfo(): PreparedRequest {
    const fields = {
      accountSid: this.config.accountSid,
      timestamp: String(Math.floor(this.config.now().getTime() / 1000)),
      communityNo: this.config.communityNo,
    };
    const sig = signRoomInfoForm(fields, this.config.authToken);

    return {
      url: `Home/Records/fetchRoomInfo?sig=${sig}`,
      body: new URLSearchParams(fields).toString(),
      contentType: 'application/x-www-form-urlencoded;charset=utf-8',
      // NOTE: the vendor documents this response in JSON only.
      format: 'json',
    };
  }

  /** Runs a call with retries as its policy allows, logging the outcome. */
  private async call(
    action: string,
    prepare: () => PreparedRequest,
    policy: RetryPolicy,
    context: CallContext,
  ): Promise<Envelope> {
    const started = performance.now();
    for (let attempt = 1; ; attempt += 1) {
      try {
        const envelope = await this.attempt(action, prepare());
        const ms = Math.round(performance.now() - started);
        logger.info(
          `${action} status 200 in ${ms} ms${describeContext(context)}`,
        );
        return envelope;
      } catch (error) {
        if (!isQrMasterError(error)) throw error;
        const ms = Math.round(performance.now() - started);
        const label = `${action} failed in ${ms} ms${describeContext(context)}`;

        if (attempt >= this.config.attempts || !isRetryable(error, policy)) {
          logger.warn(`${label}: ${error.code}: ${error.message}`);
          throw error;
        }
        const delayMs = this.config.baseDelayMs * 2 ** (attempt - 1);
        logger.warn(
          `${label}: ${error.code}; retry ${attempt} in ${delayMs} ms`,
        );
        await sleep(delayMs);
      }
    }
  }

  /** Sends one request; transport failures become QrMasterErrors. */
  private async attempt(
    action: string,
    request: PreparedRequest,
  ): Promise<Envelope> {
    const tracker: AttemptTracker = { connected: false };
    const headers: Record<string, string> = {
      Accept: mediaTypeOf(request.format),
      'Content-Type': request.contentType,
    };
    if (request.authorization !== undefined) {
      headers.Authorization = request.authorization;
    }

    let raw: RawResponse;
    try {
      const response = await this.http.request<string>({
        method: 'POST',
        url: request.url,
        data: request.body,
        headers,
        transport: createTrackingTransport(
          tracker,
          this.config.connectTimeoutMs,
          this.config.totalTimeoutMs,
        ),
      });
      raw = {
        httpStatus: response.status,
        headers: response.headers,
        body: typeof response.data === 'string' ? response.data : '',
      };
    } catch (error) {
      throw this.transportError(action, error, tracker);
    }

    return interpretResponse(action, raw, request.format, this.config.now());
  }

  private transportError(
    action: string,
    error: unknown,
    tracker: AttemptTracker,
  ): QrMasterError {
    const { kind, codes } = classifyTransportFailure(error, tracker);
    const host = this.config.baseUrl.host;
    const reason = codes[codes.length - 1] ?? (error as Error).message;

    if (kind === 'tls-error') {
      return new QrMasterError(
        kind,
        action,
        `The TLS certificate of ${host} failed verification (${reason}); nothing was sent. Check the API base URL and the system clock.`,
      );
    }
    if (kind === 'network-unavailable') {
      return new QrMasterError(
        kind,
        action,
        `Could not connect to ${host} (${reason}); the ${action} request was not sent. Check the network connection.`,
      );
    }
    return new QrMasterError(
      kind,
      action,
      `The ${action} request reached ${host} but no complete answer came back (${reason}); the server may have acted on it.`,
    );
  }
}

/** Creates a client; throws QrMasterError('invalid-input') for a bad configuration. */
export function createQrMasterClient(config: QrMasterConfig): QrMasterApi {
  return new QrMasterClient(config);
}
