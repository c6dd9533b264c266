// Runs a TypeScript entry point (through tsx) with the runtime the native
// modules were built for: `node scripts/run-node.mjs main/simulator/cli.ts`.
// SIGINT and SIGTERM are passed on, so stopping this wrapper stops the
// server it started instead of leaving it running with the port.
import { spawn } from 'node:child_process';

import { nodeRuntime } from './electron-binary.mjs';

const runtime = nodeRuntime();
const child = spawn(
  runtime.command,
  ['--import', 'tsx', ...process.argv.slice(2)],
  { stdio: 'inherit', env: runtime.env },
);

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}

child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
