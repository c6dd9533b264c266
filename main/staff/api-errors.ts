import { toAppFailure } from '../checkin/errors';
import { isQrMasterError } from '../qrmaster/errors';

/**
 * Runs a QR Master call and rethrows a client error as the contract's
 * typed failure. Any other error is rethrown unchanged, so bugs stay bugs.
 */
export async function callApi<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isQrMasterError(error) ? toAppFailure(error) : error;
  }
}
