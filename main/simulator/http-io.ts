// Small HTTP helpers shared by the API and the control endpoints.
import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_BODY_BYTES = 1024 * 1024;

/** Reads a request body as UTF-8; rejects bodies above 1 MiB. */
export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new RangeError('request body above 1 MiB');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Sends a complete response with the simulator's clock in the Date header. */
export function send(
  response: ServerResponse,
  statusCode: number,
  contentType: string,
  body: string,
  serverNowMs: number,
): void {
  response.writeHead(statusCode, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    Date: new Date(serverNowMs).toUTCString(),
  });
  response.end(body);
}

export function sendJson(
  response: ServerResponse,
  statusCode: number,
  value: unknown,
  serverNowMs: number,
): void {
  send(
    response,
    statusCode,
    'application/json;charset=utf-8',
    JSON.stringify(value),
    serverNowMs,
  );
}
