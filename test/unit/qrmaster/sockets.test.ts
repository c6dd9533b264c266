// Transport failures on real loopback sockets: what the client reports when
// a request certainly never left, and when it may have reached the server.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';

import { QrMasterError } from '../../../main/qrmaster';
import { clientFor, stay } from './helpers';

const account = {
  accountSid: '0123456789abcdef0123456789abcdef',
  authToken: 'fedcba9876543210fedcba98765432',
  communityNo: '1316880000',
};
const servers: net.Server[] = [];
const sockets = new Set<net.Socket>();

afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  for (const server of servers.splice(0)) {
    await new Promise((resolve) => server.close(resolve));
  }
});

function listen<T extends net.Server>(server: T): Promise<number> {
  servers.push(server);
  server.on('connection', (socket: net.Socket) => sockets.add(socket));
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve((server.address() as net.AddressInfo).port),
    );
  });
}

async function failureOf(call: Promise<unknown>): Promise<QrMasterError> {
  const error = await call.then(
    () => new Error('expected the call to fail'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(QrMasterError);
  return error as QrMasterError;
}

/** Starts a TCP server that records what arrives and runs onConnection. */
async function tcpServer(
  onConnection: (socket: net.Socket, received: () => string) => void,
) {
  const connections: string[] = [];
  const server = net.createServer((socket) => {
    const index = connections.push('') - 1;
    socket.on(
      'data',
      (chunk) => (connections[index] += chunk.toString('latin1')),
    );
    socket.on('error', () => undefined); // resets are the point of these servers
    onConnection(socket, () => connections[index] ?? '');
  });
  const port = await listen(server);
  return { port, connections };
}

describe('client on failing sockets', () => {
  it('reports a refused connection as network-unavailable', async () => {
    const probe = net.createServer();
    const port = await listen(probe);
    await new Promise((resolve) => probe.close(resolve));
    servers.splice(servers.indexOf(probe), 1);
    const client = clientFor({
      ...account,
      baseUrl: `http://127.0.0.1:${port}/`,
    });

    const error = await failureOf(client.getLink(stay()));
    expect(error.code).toBe('network-unavailable');
    expect(error.message).toContain('ECONNREFUSED');
    client.close();
  });

  it('retries a getLink that never left', async () => {
    const { port, connections } = await tcpServer((socket) =>
      socket.resetAndDestroy(),
    );
    const client = clientFor({
      ...account,
      baseUrl: `https://127.0.0.1:${port}/`,
    });

    const error = await failureOf(client.getLink(stay()));
    expect(error.code).toBe('network-unavailable');
    expect(connections).toHaveLength(3);
    client.close();
  });

  it('reports a TLS handshake that never ends as network-unavailable', async () => {
    const { port } = await tcpServer(() => undefined);
    const client = clientFor(
      { ...account, baseUrl: `https://127.0.0.1:${port}/` },
      { connectTimeoutMs: 200, retry: { attempts: 1 } },
    );

    const error = await failureOf(client.getLink(stay()));
    expect(error.code).toBe('network-unavailable');
    expect(error.message).toContain('LOBBYKEY_CONNECT_TIMEOUT');
    client.close();
  });

  it('reports a reset during the TLS handshake as network-unavailable', async () => {
    const { port } = await tcpServer((socket) => socket.resetAndDestroy());
    const client = clientFor(
      { ...account, baseUrl: `https://127.0.0.1:${port}/` },
      { retry: { attempts: 1 } },
    );

    expect((await failureOf(client.getLink(stay()))).code).toBe(
      'network-unavailable',
    );
    client.close();
  });

  it('reports a reset after the request arrived as outcome-unknown', async () => {
    const { port, connections } = await tcpServer((socket, received) => {
      socket.on('data', () => {
        if (received().includes('"mobile"')) socket.resetAndDestroy();
      });
    });
    const client = clientFor({
      ...account,
      baseUrl: `http://127.0.0.1:${port}/`,
    });

    const error = await failureOf(client.getLink(stay()));
    expect(error.code).toBe('outcome-unknown');
    expect(connections).toHaveLength(1);
    expect(connections[0]).toContain('POST /?c=Qrcode&a=getLink&sig=');
    client.close();
  });

  it('reports silence after the request as outcome-unknown', async () => {
    const { port } = await tcpServer(() => undefined);
    const client = clientFor(
      { ...account, baseUrl: `http://127.0.0.1:${port}/` },
      { totalTimeoutMs: 300 },
    );

    const error = await failureOf(client.getLink(stay()));
    expect(error.code).toBe('outcome-unknown');
    expect(error.message).toContain('LOBBYKEY_TOTAL_TIMEOUT');
    client.close();
  });

  it('reports an empty 200 as invalid-response', async () => {
    await tcpServer((socket, received) => {
      socket.on('data', () => {
        if (received().includes('"mobile"')) {
          socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
        }
      });
    });
    const port = (servers[0]!.address() as net.AddressInfo).port;
    const client = clientFor({
      ...account,
      baseUrl: `http://127.0.0.1:${port}/`,
    });

    const error = await failureOf(client.getLink(stay()));
    expect(error.code).toBe('invalid-response');
    expect(error.message).toContain('an empty body');
    client.close();
  });

  it('sends the documented headers', async () => {
    const { port, connections } = await tcpServer((socket, received) => {
      socket.on('data', () => {
        if (received().includes('"mobile"')) socket.destroy();
      });
    });
    const client = clientFor({
      ...account,
      baseUrl: `http://127.0.0.1:${port}/`,
    });
    await client.getLink(stay()).catch(() => undefined);

    const head = connections[0]?.toLowerCase() ?? '';
    expect(head).toContain('content-type: application/json;charset=utf-8');
    expect(head).toContain('accept: application/json');
    expect(head).toContain('user-agent: lobbykey/0.1.0-test');
    expect(head).toMatch(/authorization: [a-z0-9+/=]+\r\n/);
    expect(head).not.toContain(account.authToken);
    client.close();
  });
});

describe('client against a self-signed certificate', () => {
  let dir: string;
  let key: Buffer;
  let cert: Buffer;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lobbykey-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    key = readFileSync(path.join(dir, 'key.pem'));
    cert = readFileSync(path.join(dir, 'cert.pem'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails with tls-error and sends nothing', async () => {
    const received: string[] = [];
    const server = https.createServer({ key, cert }, (request, response) => {
      received.push(request.url ?? '');
      response.end('{"status":200,"info":"success","no":"X"}');
    });
    const rawBytes: Buffer[] = [];
    server.on('connection', (socket: net.Socket) => {
      socket.on('data', (chunk: Buffer) => rawBytes.push(chunk));
    });
    const port = await listen(server);
    const client = clientFor({
      ...account,
      baseUrl: `https://127.0.0.1:${port}/`,
    });

    const error = await failureOf(client.getLink(stay()));
    expect(error.code).toBe('tls-error');
    expect(error.message).toContain('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(received).toEqual([]);
    expect(Buffer.concat(rawBytes).toString('latin1')).not.toContain('getLink');
    client.close();
  });

  it('does not retry a tls-error', async () => {
    let handshakes = 0;
    const server = https.createServer({ key, cert });
    server.on('connection', () => (handshakes += 1));
    const port = await listen(server);
    const client = clientFor({
      ...account,
      baseUrl: `https://127.0.0.1:${port}/`,
    });

    await failureOf(client.fetchRoomInfo());
    expect(handshakes).toBe(1);
    client.close();
  });
});
