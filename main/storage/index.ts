export { openStorage, storagePath } from './database';
export type * from './types';
export { importReservationsCsv } from './reservation-import';
export type { ImportOptions, ImportReport } from './reservation-import';
export { normalisePhone } from './phone';
export type { NormalisedPhone } from './phone';
