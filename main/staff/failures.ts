import { AppFailure } from '../errors';

/** Builds an `invalid-request` failure that names the field and the fix. */
export function invalidRequest(field: string, message: string): AppFailure {
  return new AppFailure({ code: 'invalid-request', field, message });
}
