import type { AppError, ErrorCode } from '../../../preload/contract';

/** An action a guest can take after a failure. */
export type NextStep =
  'try-again' | 'front-desk' | 'start-over' | 'offline-sms';

/** The guest-facing message key and next steps for each error code. */
const guidance: Record<ErrorCode, NextStep[]> = {
  'unknown-channel': ['front-desk', 'start-over'],
  'invalid-request': ['try-again', 'front-desk'],
  'forbidden-sender': ['front-desk', 'start-over'],
  internal: ['try-again', 'front-desk'],
  'booking-not-found': ['try-again', 'front-desk'],
  'lookup-locked': ['front-desk'],
  'booking-not-eligible': ['front-desk', 'start-over'],
  'ticket-expired': ['start-over'],
  'network-unavailable': ['offline-sms', 'front-desk'],
  'outcome-unknown': ['front-desk'],
  'tls-error': ['front-desk'],
  'auth-failed': ['front-desk'],
  'clock-skew': ['front-desk'],
  'quota-exceeded': ['front-desk'],
  'api-error': ['try-again', 'front-desk'],
  'invalid-response': ['try-again', 'front-desk'],
  'issuing-disabled': ['front-desk'],
  'credential-storage-unavailable': ['front-desk'],
  'checkout-missing': ['front-desk'],
  'card-not-found': ['front-desk', 'start-over'],
  conflict: ['front-desk'],
  'staff-locked': ['front-desk'],
  'pin-not-set': ['front-desk'],
  'pin-already-set': ['front-desk'],
  'pin-wrong': ['try-again'],
  'pin-locked': ['front-desk'],
};

/** Next steps for an error, in the order the screen offers them. */
export function nextStepsFor(error: AppError): NextStep[] {
  return guidance[error.code];
}

/**
 * Returns the translation key of the plain message for an error. Ineligible
 * bookings get one message per reason.
 */
export function messageKeyFor(error: AppError): string {
  if (error.code === 'booking-not-eligible' && error.reason) {
    return `errors.booking-not-eligible.${error.reason}`;
  }
  if (error.code === 'booking-not-eligible') {
    return 'errors.booking-not-eligible.other';
  }
  return `errors.${error.code}`;
}
