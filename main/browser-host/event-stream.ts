import type { ServerResponse } from 'node:http';

import type { EventName, EventPayloadOf } from '../../preload/contract';

// Comment lines keep idle connections open through proxies and let the
// browser notice a dead host.
const KEEPALIVE_MS = 15_000;

/** Open Server-Sent Events connections and the events fanned out to them. */
export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly keepalive: NodeJS.Timeout;

  constructor() {
    this.keepalive = setInterval(
      () => this.writeAll(': keepalive\n\n'),
      KEEPALIVE_MS,
    );
    this.keepalive.unref();
  }

  /** Starts an SSE response and keeps it until the client goes away. */
  attach(response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
  }

  /** Sends one event, as `event: <name>` with a JSON `data:` line. */
  publish<E extends EventName>(event: E, payload: EventPayloadOf<E>): void {
    this.writeAll(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  }

  get size(): number {
    return this.clients.size;
  }

  close(): void {
    clearInterval(this.keepalive);
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private writeAll(chunk: string): void {
    for (const client of this.clients) client.write(chunk);
  }
}
