// Runs the services in Node and serves the renderer to a plain browser:
// `npm run start:browser -- --port 5180`. It is for development and
// end-to-end tests and runs from source through tsx; the Electron build
// does not bundle it, so installers do not contain it.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { startServices } from '../app/services';
import type { EventSink } from '../app/types';
import { configureLogging, createLogger } from '../logging/logger';
import { startBrowserHost, type BrowserHost } from './server';

const log = createLogger('browser-host');
const projectRoot = path.resolve(import.meta.dirname, '../..');

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `Invalid --port "${text}": use a number from 0 to 65535 (0 picks a free port).`,
    );
  }
  return port;
}

function readOptions(): { port: number; dataDir: string } {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '5180' } },
  });
  const dataDir =
    process.env.LOBBYKEY_DATA_DIR ??
    path.join(os.homedir(), '.lobbykey-browser-host');
  return { port: parsePort(values.port), dataDir };
}

function readVersion(): string {
  const text = readFileSync(path.join(projectRoot, 'package.json'), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

async function main(): Promise<void> {
  const { port, dataDir } = readOptions();
  configureLogging({ logDir: dataDir });

  // Events that fire while the host is still starting are dropped, because no
  // page is connected yet.
  let host: BrowserHost | null = null;
  const onEvent: EventSink = (event, payload) => host?.publish(event, payload);
  const services = await startServices({
    dataDir,
    appVersion: readVersion(),
    onEvent,
  });
  host = await startBrowserHost({
    handlers: services.handlers,
    rendererDir: path.join(projectRoot, 'out/renderer'),
    port,
  });

  const stop = async (signal: string) => {
    log.info(`stopping on ${signal}`);
    await host?.close();
    await services.stop();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));

  // Tests wait for this line, so it contains the URL alone.
  process.stdout.write(`${host.url}\n`);
  if (services.simulatorUrl) {
    log.info(`demo simulator at ${services.simulatorUrl}`);
  }
}

main().catch((error: unknown) => {
  log.error('browser host failed to start', error);
  process.exit(1);
});
