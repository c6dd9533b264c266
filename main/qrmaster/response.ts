// Turns an HTTP response into the envelope or a typed QrMasterError.
import { QrMasterError } from './errors';
import {
  decodeBody,
  readEnvelope,
  type Envelope,
  type WireFormat,
} from './wire';

/** The parts of an HTTP response that interpretResponse reads. */
export interface RawResponse {
  httpStatus: number;
  headers: Record<string, unknown>;
  body: string;
}

const AUTH_STATUSES = new Set([401, 4004, 4006, 4008]);
const QUOTA_STATUS = 4005;
const MAX_CLOCK_OFFSET_MS = 10 * 60 * 1000;

function describeBody(body: string): string {
  const start = body.trimStart().slice(0, 15).toLowerCase();
  if (start === '') return 'an empty body';
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) {
    return 'an HTML page';
  }
  return 'a body that is not the status envelope';
}

/** Server clock minus local clock from the `Date` header, or undefined. */
export function clockOffsetFrom(
  headers: Record<string, unknown>,
  localNow: Date,
): number | undefined {
  const date = headers.date;
  if (typeof date !== 'string') return undefined;

  const serverTime = Date.parse(date);
  return Number.isNaN(serverTime) ? undefined : serverTime - localNow.getTime();
}

function describeOffset(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const amount =
    minutes >= 120 ? `${Math.round(minutes / 60)} hours` : `${minutes} minutes`;
  return `${amount} ${offsetMs > 0 ? 'behind' : 'ahead of'}`;
}

function authFailure(
  action: string,
  envelope: Envelope,
  offsetMs: number | undefined,
): QrMasterError {
  if (offsetMs !== undefined && Math.abs(offsetMs) > MAX_CLOCK_OFFSET_MS) {
    return new QrMasterError(
      'clock-skew',
      action,
      `QR Master rejected the signature and this computer's clock is about ${describeOffset(offsetMs)} the server's; set the system clock and try again.`,
      { apiStatus: envelope.status, clockOffsetMs: offsetMs },
    );
  }
  return new QrMasterError(
    'auth-failed',
    action,
    `QR Master rejected the account credentials (status ${envelope.status}: ${envelope.info}); check accountSid and authToken in the settings.`,
    { apiStatus: envelope.status },
  );
}

function statusFailure(
  action: string,
  envelope: Envelope,
  response: RawResponse,
  localNow: Date,
): QrMasterError {
  if (AUTH_STATUSES.has(envelope.status)) {
    return authFailure(
      action,
      envelope,
      clockOffsetFrom(response.headers, localNow),
    );
  }
  if (envelope.status === QUOTA_STATUS) {
    return new QrMasterError(
      'quota-exceeded',
      action,
      `QR Master's request quota for this account is used up (status 4005: ${envelope.info}).`,
      { apiStatus: envelope.status },
    );
  }
  return new QrMasterError(
    'api-error',
    action,
    `QR Master rejected ${action} with status ${envelope.status}: ${envelope.info}`,
    { apiStatus: envelope.status },
  );
}

/**
 * Returns the envelope of a successful call (body status 200), or throws the
 * QrMasterError that the response stands for. `localNow` is the client's
 * clock at the time of the response, compared with the `Date` header.
 */
export function interpretResponse(
  action: string,
  response: RawResponse,
  format: WireFormat,
  localNow: Date,
): Envelope {
  if (response.httpStatus >= 500) {
    throw new QrMasterError(
      'invalid-response',
      action,
      `QR Master answered ${action} with HTTP ${response.httpStatus}; try again later.`,
    );
  }

  const envelope = readEnvelope(decodeBody(response.body, format, 'response'));
  if (envelope === null) {
    throw new QrMasterError(
      'invalid-response',
      action,
      `QR Master answered ${action} with ${describeBody(response.body)} (HTTP ${response.httpStatus}).`,
    );
  }

  if (envelope.status !== 200) {
    throw statusFailure(action, envelope, response, localNow);
  }
  return envelope;
}
