import type { AppError, ErrorCode } from '../../preload/contract';
import { AppFailure } from '../errors';
import type { QrMasterError, QrMasterErrorCode } from '../qrmaster/errors';

const contractCodes: Record<QrMasterErrorCode, ErrorCode> = {
  'invalid-input': 'invalid-request',
  'network-unavailable': 'network-unavailable',
  'outcome-unknown': 'outcome-unknown',
  'tls-error': 'tls-error',
  'auth-failed': 'auth-failed',
  'clock-skew': 'clock-skew',
  'quota-exceeded': 'quota-exceeded',
  'api-error': 'api-error',
  'invalid-response': 'invalid-response',
};

const HOUR_MS = 60 * 60 * 1000;

function describeClockOffset(offsetMs: number): string {
  const hours = Math.round(Math.abs(offsetMs) / HOUR_MS);
  const direction = offsetMs > 0 ? 'behind' : 'ahead of';
  if (hours === 0) {
    const minutes = Math.round(Math.abs(offsetMs) / 60_000);
    return `The system clock is about ${minutes} minutes ${direction} the QR Master server; set the correct time.`;
  }
  return `The system clock is off by about ${hours} hours (${direction} the QR Master server); set the correct time.`;
}

/**
 * Turns a QR Master client error into the contract's typed failure, keeping
 * the details a screen needs for its next step (field, API status, clock
 * offset).
 */
export function toAppFailure(error: QrMasterError): AppFailure {
  const detail: AppError = {
    code: contractCodes[error.code],
    message: `QR Master ${error.action} failed: ${error.message}`,
  };

  if (error.field !== undefined) detail.field = error.field;
  if (error.apiStatus !== undefined) detail.apiStatus = error.apiStatus;
  if (error.clockOffsetMs !== undefined) {
    detail.clockOffsetMs = error.clockOffsetMs;
    detail.message = describeClockOffset(error.clockOffsetMs);
  }
  return new AppFailure(detail);
}
