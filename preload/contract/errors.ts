import { z } from 'zod';

/**
 * Stable error codes that cross the bridge. The renderer translates each one
 * into a plain message and a next step; raw error text never reaches a guest.
 */
export const errorCodes = [
  // The bridge itself
  'unknown-channel',
  'invalid-request',
  'forbidden-sender',
  'internal',
  // Guest lookup and eligibility
  'booking-not-found',
  'lookup-locked',
  'booking-not-eligible',
  'ticket-expired',
  // QR Master and the network
  'network-unavailable',
  'outcome-unknown',
  'tls-error',
  'auth-failed',
  'clock-skew',
  'quota-exceeded',
  'api-error',
  'invalid-response',
  // Local state
  'issuing-disabled',
  'credential-storage-unavailable',
  'checkout-missing',
  'card-not-found',
  'conflict',
  // Staff access
  'staff-locked',
  'pin-not-set',
  'pin-already-set',
  'pin-wrong',
  'pin-locked',
] as const;

export const ErrorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** Reason a found booking cannot check in now. */
export const IneligibleReasonSchema = z.enum([
  'not-yet-arrived',
  'departed',
  'cancelled',
]);
export type IneligibleReason = z.infer<typeof IneligibleReasonSchema>;

/**
 * A typed failure. `message` is English for staff and logs, never shown to a
 * guest as is. Optional fields carry what the UI needs for the next step.
 */
export const AppErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  /** Request field that failed validation, as a dotted path. */
  field: z.string().optional(),
  /** Milliseconds until the caller may try again (lockouts, backoff). */
  retryAfterMs: z.number().int().nonnegative().optional(),
  /** Server clock minus local clock in milliseconds, for clock skew. */
  clockOffsetMs: z.number().optional(),
  /** QR Master status code for API errors. */
  apiStatus: z.number().int().optional(),
  /** Ineligibility reason for booking-not-eligible. */
  reason: IneligibleReasonSchema.optional(),
  /** Wrong PIN entries left before the pad locks. */
  attemptsLeft: z.number().int().nonnegative().optional(),
  /** ISO instant from which a booking may check in. */
  opensAt: z.string().optional(),
});
export type AppError = z.infer<typeof AppErrorSchema>;

/** Result of every channel: a value or a typed error, never a throw. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: AppError): Result<T> {
  return { ok: false, error };
}
