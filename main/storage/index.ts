export { openStorage, storagePath } from './database';
export type * from './types';
