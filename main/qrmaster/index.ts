export { QrMasterClient, createQrMasterClient } from './client';
export {
  QrMasterError,
  isQrMasterError,
  type QrMasterErrorCode,
} from './errors';
export { formatCardTime, formatSignatureTimestamp } from './wall-clock';
export type * from './types';
