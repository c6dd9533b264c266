export { createKeychainStore } from './keychain-store';
export type { KeychainStoreOptions } from './keychain-store';
export type { KeytarApi } from './keytar-backend';
export type * from './types';
