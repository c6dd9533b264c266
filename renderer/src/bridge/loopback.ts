// Builds `window.lobbykey` over the browser host's loopback HTTP API. The
// Electron preload sets `window.lobbykey` itself, so this runs only in a
// plain browser that the host served.
// The bridge imports the contract's modules without zod schemas, so the
// page does not load zod just to talk to the host.
import type {
  AppError,
  Channel,
  EventName,
  LobbykeyApi,
  Result,
} from '../../../preload/contract';
import { buildApi } from '../../../preload/contract/api';
import { isEventName } from '../../../preload/contract/names';

/** Header and query names the browser host expects the token in. */
const TOKEN_HEADER = 'x-lobbykey-token';
const TOKEN_QUERY = 'token';

function unreachable(channel: Channel, detail: string): Result<never> {
  const error: AppError = {
    code: 'network-unavailable',
    message: `Browser host unreachable for ${channel}: ${detail}`,
  };
  return { ok: false, error };
}

function invokeOver(token: string) {
  return async (
    channel: Channel,
    request: unknown,
  ): Promise<Result<unknown>> => {
    let response: Response;
    try {
      response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(request),
      });
    } catch (error) {
      return unreachable(channel, String(error));
    }
    return (await response.json()) as Result<unknown>;
  };
}

type Listener = (payload: unknown) => void;

// One EventSource serves every subscription, opened by the first one.
function subscribeOver(token: string) {
  const listeners = new Map<EventName, Set<Listener>>();
  let source: EventSource | null = null;

  const open = (event: EventName) => {
    source ??= new EventSource(
      `/api/events?${TOKEN_QUERY}=${encodeURIComponent(token)}`,
    );
    source.addEventListener(event, (message: MessageEvent<string>) => {
      const payload = JSON.parse(message.data) as unknown;
      listeners.get(event)?.forEach((listener) => listener(payload));
    });
  };

  return (event: EventName, listener: Listener) => {
    if (!isEventName(event)) return () => undefined;
    if (!listeners.has(event)) {
      listeners.set(event, new Set());
      open(event);
    }
    listeners.get(event)?.add(listener);
    return () => listeners.get(event)?.delete(listener);
  };
}

/** Builds the API over HTTP with the host's token. */
export function createHttpApi(token: string): LobbykeyApi {
  return buildApi(invokeOver(token), subscribeOver(token));
}

/**
 * Installs `window.lobbykey` over HTTP when no preload has set it and the
 * page carries the browser host's token. Returns whether it installed.
 */
export function installHttpBridge(): boolean {
  if ('lobbykey' in window) return false;
  const meta = document.querySelector<HTMLMetaElement>(
    'meta[name="lobbykey-host-token"]',
  );
  if (!meta?.content) return false;

  Object.defineProperty(window, 'lobbykey', {
    value: createHttpApi(meta.content),
    writable: false,
    configurable: false,
  });
  return true;
}
