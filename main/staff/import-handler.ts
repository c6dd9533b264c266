import { AppFailure } from '../errors';
import type { StaffContext } from './context';
import type { StaffHandlers } from './types';

/** The reservations:import-csv channel. */
export function createImportHandler(
  context: StaffContext,
): Pick<StaffHandlers, 'reservations:import-csv'> {
  return {
    // TODO: call the storage module's CSV import once it exists.
    'reservations:import-csv': () => {
      context.audit('reservations.import-failed', 'import not available');
      return Promise.reject(
        new AppFailure({
          code: 'internal',
          message: 'CSV import is not available in this build.',
        }),
      );
    },
  };
}
