// The sandboxed preload: exposes the contract as `window.lobbykey` and
// nothing else. The renderer never sees ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

import { buildApi, eventChannel } from './contract';

const api = buildApi(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (event, listener) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) =>
      listener(payload);
    ipcRenderer.on(eventChannel(event), forward);
    return () => ipcRenderer.removeListener(eventChannel(event), forward);
  },
);

contextBridge.exposeInMainWorld('lobbykey', api);
