import { isAppFailure } from '../errors';
import { importReservationsCsv } from '../storage';
import type { StaffContext } from './context';
import type { StaffHandlers } from './types';

/** The reservations:import-csv channel: a per-row report, audited. */
export function createImportHandler(
  context: StaffContext,
): Pick<StaffHandlers, 'reservations:import-csv'> {
  const { storage, settings } = context.deps;

  return {
    'reservations:import-csv': (request) => {
      const { defaultCountry, propertyTimeZone } = settings.get();
      try {
        const report = importReservationsCsv(storage, request.csv, {
          defaultCountry,
          propertyTimeZone,
        });
        // Counts only: rejected rows' reasons may quote guest data.
        context.audit(
          'reservations.imported',
          `${report.imported} imported, ${report.updated} updated, ${report.rejected.length} rejected`,
        );
        return Promise.resolve(report);
      } catch (error) {
        if (isAppFailure(error)) {
          context.audit('reservations.import-failed', error.detail.code);
        }
        throw error;
      }
    },
  };
}
