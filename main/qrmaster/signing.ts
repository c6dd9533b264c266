import { createHash } from 'node:crypto';

/** Query signature and header of a card call (scheme A). */
export interface CardCallSignature {
  /** MD5 of accountSid + authToken + T, 32 upper-case hex digits. */
  sig: string;
  /** Base64 of `accountSid:T`; the server reads the account and T from it. */
  authorization: string;
}

/**
 * Signs a card call (getLink, getCard, cancelCard, reportLost) for the
 * 14-digit timestamp `timestamp` (see formatSignatureTimestamp).
 */
export function signCardCall(
  accountSid: string,
  authToken: string,
  timestamp: string,
): CardCallSignature {
  const sig = createHash('md5')
    .update(accountSid + authToken + timestamp, 'ascii')
    .digest('hex')
    .toUpperCase();
  const authorization = Buffer.from(
    `${accountSid}:${timestamp}`,
    'ascii',
  ).toString('base64');

  return { sig, authorization };
}

/**
 * Signs a fetchRoomInfo form (scheme B): the fields plus `authToken`, sorted
 * by name, joined as a form-encoded `k1=v1&k2=v2`, SHA-1 in lower-case hex.
 * The token takes part in the hash only and is never sent.
 */
export function signRoomInfoForm(
  fields: Record<string, string>,
  authToken: string,
): string {
  const signed: Record<string, string> = { ...fields, authToken };
  const names = Object.keys(signed).sort();
  const query = new URLSearchParams(
    names.map((name): [string, string] => [name, signed[name] ?? '']),
  ).toString();

  return createHash('sha1').update(query, 'utf8').digest('hex');
}
