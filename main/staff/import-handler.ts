import { isAppFailure } from '../errors';
import { importReservationsCsv } from '../storage';
import type { StaffContext } from './context';
import type { StaffHandlers } from './types';

/** Creates the CSV import handler, which returns a per-row report. */
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
