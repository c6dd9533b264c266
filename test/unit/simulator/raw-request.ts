// Builds QR Master requests by hand from the documented rules, with no code
// from the client, so simulator tests check the simulator against the rules
// rather than against the client.
import { createHash } from 'node:crypto';
import http from 'node:http';

export interface RawAnswer {
  httpStatus: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Sends one POST on a fresh connection and reads the whole answer. */
export function post(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            httpStatus: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** `yyyyMMddHHmmss` in Beijing time (UTC+8, no DST) for an instant. */
export function beijingTimestamp(instantMs: number): string {
  return new Date(instantMs + 8 * 3600_000)
    .toISOString()
    .replace(/\D/g, '')
    .slice(0, 14);
}

export interface Account {
  accountSid: string;
  authToken: string;
}

/** The sig query value and Authorization header for timestamp `t`. */
export function schemeA(
  account: Account,
  t: string,
): {
  sig: string;
  authorization: string;
} {
  return {
    sig: createHash('md5')
      .update(account.accountSid + account.authToken + t)
      .digest('hex')
      .toUpperCase(),
    authorization: Buffer.from(`${account.accountSid}:${t}`).toString('base64'),
  };
}

export interface CardCallOptions {
  accept?: string;
  contentType?: string;
  /** Replaces the computed sig. */
  sig?: string;
  /** Replaces the computed Authorization header; null leaves it out. */
  authorization?: string | null;
  /** Signature time; now by default. */
  instantMs?: number;
}

/** Posts a signed card call with a JSON body (or a raw string body). */
export function cardCall(
  baseUrl: string,
  account: Account,
  action: string,
  body: Record<string, unknown> | string,
  options: CardCallOptions = {},
): Promise<RawAnswer> {
  const t = beijingTimestamp(options.instantMs ?? Date.now());
  const signed = schemeA(account, t);
  const headers: Record<string, string> = {
    Accept: options.accept ?? 'application/json',
    'Content-Type': options.contentType ?? 'application/json;charset=utf-8',
  };
  const authorization =
    options.authorization === undefined
      ? signed.authorization
      : options.authorization;
  if (authorization !== null) headers.Authorization = authorization;

  const sig = options.sig ?? signed.sig;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return post(`${baseUrl}?c=Qrcode&a=${action}&sig=${sig}`, headers, text);
}

/** Reads the JSON envelope of an answer. */
export function envelope(answer: RawAnswer): Record<string, unknown> {
  return JSON.parse(answer.body) as Record<string, unknown>;
}

/** A card time `yyMMddHHmm` for an instant in Beijing time. */
export function beijingCardTime(instantMs: number): string {
  return beijingTimestamp(instantMs).slice(2, 12);
}
