import type { AppError } from '../preload/contract';

/**
 * An expected failure that a service raises and the IPC layer returns as a
 * typed error result. Anything else thrown from a handler is a bug and is
 * returned as `internal`.
 */
export class AppFailure extends Error {
  readonly detail: AppError;

  constructor(detail: AppError) {
    super(detail.message);
    this.name = 'AppFailure';
    this.detail = detail;
  }
}

export function isAppFailure(error: unknown): error is AppFailure {
  return error instanceof AppFailure;
}
