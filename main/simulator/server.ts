import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { createLogger } from '../logging/logger';
import { SimulatorServer } from './api-server';
import { createDefaultCommunity, type SimCommunity } from './community';
import type { SimulatorControls } from './control';
import { send } from './http-io';

const logger = createLogger('simulator');

export interface SimulatorOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** 32 letters and digits; generated when absent. */
  accountSid?: string;
  /** Generated (30 hex characters) when absent. */
  authToken?: string;
  /** Community number of the default community (1316880000). */
  communityNo?: string;
  /** Replaces the default community entirely. */
  community?: SimCommunity;
  /** Field that carries the card number in getLink responses; "no" by default. */
  cardNumberField?: 'no' | 'cardNo';
  /** Seed of the generator behind probabilistic faults. */
  seed?: number;
}

/** A running simulator; see startSimulator. */
export interface Simulator extends SimulatorControls {
  /** `http://127.0.0.1:PORT/`. */
  baseUrl: string;
  port: number;
  accountSid: string;
  authToken: string;
  communityNo: string;
  stop(): Promise<void>;
}

function randomHex(length: number): string {
  return randomBytes(Math.ceil(length / 2))
    .toString('hex')
    .slice(0, length);
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function serve(state: SimulatorServer): http.Server {
  return http.createServer((request, response) => {
    state.handle(request, response).catch((error: unknown) => {
      logger.error('simulator request failed', error);
      if (!response.headersSent) {
        send(
          response,
          500,
          'text/plain',
          'simulator error',
          state.serverNowMs(),
        );
      } else {
        response.destroy();
      }
    });
  });
}

/**
 * Starts a local QR Master server on 127.0.0.1 that checks signatures and
 * parameters like the real service and keeps cards in memory. The control
 * endpoints under `/sim/` are described in control.ts.
 */
export async function startSimulator(
  options: SimulatorOptions = {},
): Promise<Simulator> {
  const community =
    options.community ?? createDefaultCommunity(options.communityNo);
  const state = new SimulatorServer(
    community,
    options.cardNumberField ?? 'no',
    options.seed ?? 1,
  );
  const accountSid = options.accountSid ?? randomHex(32);
  const authToken = options.authToken ?? randomHex(30);
  state.accounts.set(accountSid, authToken);

  const server = serve(state);
  const port = await listen(server, options.port ?? 0);
  const baseUrl = `http://127.0.0.1:${port}/`;
  logger.info(`simulator listening at ${baseUrl}`);

  return {
    baseUrl,
    port,
    accountSid,
    authToken,
    communityNo: community.communityNo,
    requests: () => state.requests(),
    cards: () => state.cards(),
    injectFault: (action, fault) => state.injectFault(action, fault),
    clearFaults: () => state.clearFaults(),
    resetRequests: () => state.resetRequests(),
    setClockOffsetMs: (ms) => state.setClockOffsetMs(ms),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Held and kept-alive sockets would keep close() waiting forever.
        server.closeAllConnections();
      }),
  };
}
