import type { LobbykeyApi } from '../../preload/contract';

declare global {
  interface Window {
    /** Set by the preload in Electron, or by the browser host's bridge. */
    lobbykey: LobbykeyApi;
  }
}
