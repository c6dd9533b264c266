/**
 * Stable codes for every expected failure of a QR Master call. No caller
 * ever inspects an axios error: the client turns each into one of these.
 */
export type QrMasterErrorCode =
  /** A parameter broke a documented rule; nothing was sent. */
  | 'invalid-input'
  /** The request certainly did not reach the server (DNS, refused, reset before sending). */
  | 'network-unavailable'
  /** Timed out or dropped after sending: the server may have acted. */
  | 'outcome-unknown'
  /** The server's certificate failed verification; nothing was sent. */
  | 'tls-error'
  /** 401, 4004, 4006, 4008 with a plausible clock. */
  | 'auth-failed'
  /** An authentication failure while the server clock is more than 10 minutes off. */
  | 'clock-skew'
  /** 4005. */
  | 'quota-exceeded'
  /** Any other status in the envelope. */
  | 'api-error'
  /** A body that is not the envelope (an HTML page, garbage), or HTTP 5xx. */
  | 'invalid-response';

export class QrMasterError extends Error {
  readonly code: QrMasterErrorCode;
  /** The API action, such as "getLink". */
  readonly action: string;
  /** Parameter that broke a rule, for invalid-input. */
  readonly field?: string;
  /** Status from the response envelope, when there was one. */
  readonly apiStatus?: number;
  /** Server clock minus local clock, in milliseconds, for clock-skew. */
  readonly clockOffsetMs?: number;

  constructor(
    code: QrMasterErrorCode,
    action: string,
    message: string,
    details: {
      field?: string;
      apiStatus?: number;
      clockOffsetMs?: number;
    } = {},
  ) {
    super(message);
    this.name = 'QrMasterError';
    this.code = code;
    this.action = action;
    if (details.field !== undefined) this.field = details.field;
    if (details.apiStatus !== undefined) this.apiStatus = details.apiStatus;
    if (details.clockOffsetMs !== undefined) {
      this.clockOffsetMs = details.clockOffsetMs;
    }
  }
}

export function isQrMasterError(error: unknown): error is QrMasterError {
  return error instanceof QrMasterError;
}
