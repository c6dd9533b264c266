import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';

import {
  channels,
  eventChannel,
  type Channel,
  type Result,
} from '../../preload/contract';
import type { EventSink } from '../app/types';
import { dispatch, type Handlers } from '../ipc/dispatch';
import { createLogger } from '../logging/logger';
import { isTrustedSender } from '../ipc/sender-check';
import { rendererLocation, type AppOrigin } from './app-origin';

const log = createLogger('ipc-main');

/** Returns the contents of the kiosk window, or null while there is none. */
export type WindowContents = () => WebContents | null;

const FORBIDDEN: Result<never> = {
  ok: false,
  error: {
    code: 'forbidden-sender',
    message: 'Rejected a call that did not come from the app window.',
  },
};

/**
 * True when the call comes from the kiosk window's own main frame and that
 * frame shows the app. Frames are matched by process and routing id because
 * Electron may hand out a new `WebFrameMain` object for the same frame.
 */
export function senderAllowed(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  contents: Pick<WebContents, 'mainFrame'> | null,
  appOrigin: AppOrigin,
): boolean {
  const frame = event.senderFrame;
  if (!contents || !frame || event.sender !== contents) return false;

  const main = contents.mainFrame;
  const isMainFrame =
    frame.processId === main.processId && frame.routingId === main.routingId;
  return isTrustedSender(
    { url: frame.url, isMainFrame },
    rendererLocation(appOrigin),
  );
}

/** Lists every contract channel, in contract order. */
export function contractChannels(): Channel[] {
  return Object.keys(channels) as Channel[];
}

/**
 * Registers one `ipcMain.handle` per contract channel. Each call is checked
 * for its sender first (a rejected sender gets `forbidden-sender` and a log
 * line), then validated and run by `dispatch`. Returns a function that
 * removes the handlers again.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: Handlers,
  windowContents: WindowContents,
  appOrigin: AppOrigin,
): () => void {
  const names = contractChannels();

  for (const name of names) {
    ipcMain.handle(name, (event, payload: unknown) => {
      if (!senderAllowed(event, windowContents(), appOrigin)) {
        const url = event.senderFrame?.url ?? 'a destroyed frame';
        log.warn(`rejected ${name} from ${url.slice(0, 200)}`);
        return FORBIDDEN;
      }
      return dispatch(handlers, name, payload);
    });
  }

  return () => names.forEach((name) => ipcMain.removeHandler(name));
}

/** Builds the event sink that pushes main's events to the kiosk window. */
export function createWindowEventSink(
  windowContents: WindowContents,
): EventSink {
  return (event, payload) => {
    const contents = windowContents();
    if (!contents || contents.isDestroyed()) return;

    contents.send(eventChannel(event), payload);
  };
}
