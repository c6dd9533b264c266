import type {
  Channel,
  EventName,
  EventPayloadOf,
  RequestOf,
  ResponseOf,
} from './channels';
import type { Result } from './errors';
import { channelNames } from './names';

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;
type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type ActionOf<C extends string> = C extends `${string}:${infer A}`
  ? CamelCase<A>
  : never;

type ChannelFunction<C extends Channel> =
  Partial<RequestOf<C>> extends RequestOf<C>
    ? (request?: RequestOf<C>) => Promise<Result<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

/**
 * The API that the preload (over IPC) and the browser host (over HTTP) put
 * on `window.lobbykey`: one function per channel, grouped by domain, and
 * `on` for pushed events.
 */
export type LobbykeyApi = {
  [D in DomainOf<Channel>]: {
    [
      C in Channel as DomainOf<C> extends D ? ActionOf<C> : never
    ]: ChannelFunction<C>;
  };
} & {
  /** Subscribes to a pushed event; returns the unsubscribe function. */
  on<E extends EventName>(
    event: E,
    listener: (payload: EventPayloadOf<E>) => void,
  ): () => void;
};

/** Moves one request to main and returns its result. */
export type InvokeTransport = (
  channel: Channel,
  request: unknown,
) => Promise<Result<unknown>>;

export type SubscribeTransport = (
  event: EventName,
  listener: (payload: unknown) => void,
) => () => void;

function camelCase(action: string): string {
  return action.replace(/-([a-z])/g, (_, letter: string) =>
    letter.toUpperCase(),
  );
}

/** Builds `window.lobbykey` from the contract over the given transport. */
export function buildApi(
  invoke: InvokeTransport,
  subscribe: SubscribeTransport,
): LobbykeyApi {
  const api: Record<string, Record<string, unknown>> = {};

  for (const name of channelNames) {
    const [domain = '', action = ''] = name.split(':');
    api[domain] ??= {};
    api[domain][camelCase(action)] = (request?: unknown) =>
      invoke(name, request ?? {});
  }

  const on = (event: EventName, listener: (payload: unknown) => void) =>
    subscribe(event, listener);
  return Object.freeze({ ...api, on }) as unknown as LobbykeyApi;
}
