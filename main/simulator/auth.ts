// Signature checks as the real service makes them. Written apart from the
// client's signing code, so a shared mistake cannot pass both sides.
import { createHash } from 'node:crypto';

/** The status and message of a rejected call; null when it passes. */
export interface Rejection {
  status: number;
  info: string;
}

const MAX_TIMESTAMP_SKEW_MS = 24 * 60 * 60 * 1000;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Reads a `yyyyMMddHHmmss` Asia/Shanghai wall time (UTC+8, no DST since 1991). */
export function parseShanghaiTimestamp(value: string): number | null {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (!match) return null;

  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map(Number);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minute ||
    second > 59
  ) {
    return null;
  }
  return utc - SHANGHAI_OFFSET_MS;
}

function withinDay(instantMs: number, serverNowMs: number): boolean {
  return Math.abs(instantMs - serverNowMs) <= MAX_TIMESTAMP_SKEW_MS;
}

/**
 * Checks a card call (scheme A): the account and T from the Authorization
 * header, then the upper-case MD5 `sig` of the query. Returns the account
 * on success.
 */
export function verifyCardCall(
  authorization: string | undefined,
  sig: string | null,
  accounts: ReadonlyMap<string, string>,
  serverNowMs: number,
): { accountSid: string } | Rejection {
  const decoded =
    authorization !== undefined && /^[A-Za-z0-9+/]+={0,2}$/.test(authorization)
      ? Buffer.from(authorization, 'base64').toString('latin1')
      : '';
  const match = /^([A-Za-z0-9]{32}):(\d{14})$/.exec(decoded);
  if (!match) {
    return { status: 4004, info: 'token authorization failed' };
  }

  const [, accountSid = '', timestamp = ''] = match;
  const authToken = accounts.get(accountSid);
  if (authToken === undefined)
    return { status: 4006, info: 'account not found' };

  const instant = parseShanghaiTimestamp(timestamp);
  if (instant === null || !withinDay(instant, serverNowMs)) {
    return { status: 401, info: 'authentication failed: timestamp expired' };
  }

  const expected = createHash('md5')
    .update(accountSid + authToken + timestamp)
    .digest('hex')
    .toUpperCase();
  if (sig !== expected) return { status: 4008, info: 'signature error' };
  return { accountSid };
}

/**
 * Checks a fetchRoomInfo form (scheme B): the account from the form, the
 * Unix `timestamp` within a day, and the lower-case SHA-1 `sig` of the
 * sorted form plus the token.
 */
export function verifyRoomInfoCall(
  form: URLSearchParams,
  sig: string | null,
  accounts: ReadonlyMap<string, string>,
  serverNowMs: number,
): { accountSid: string } | Rejection {
  const accountSid = form.get('accountSid');
  const timestamp = form.get('timestamp');
  if (!accountSid || !timestamp) {
    return { status: 4001, info: 'accountSid and timestamp are required' };
  }

  const authToken = accounts.get(accountSid);
  if (authToken === undefined)
    return { status: 4006, info: 'account not found' };
  if (
    !/^\d{1,12}$/.test(timestamp) ||
    !withinDay(Number(timestamp) * 1000, serverNowMs)
  ) {
    return { status: 401, info: 'authentication failed: timestamp expired' };
  }

  const signed = new URLSearchParams([
    ...form.entries(),
    ['authToken', authToken],
  ]);
  signed.sort();
  const expected = createHash('sha1').update(signed.toString()).digest('hex');
  if (sig !== expected) return { status: 4008, info: 'signature error' };
  return { accountSid };
}
