// Runs a TypeScript entry point (through tsx) with the runtime the native
// modules were built for: `node scripts/run-node.mjs main/simulator/cli.ts`.
import { spawnSync } from 'node:child_process';

import { nodeRuntime } from './electron-binary.mjs';

const runtime = nodeRuntime();
const result = spawnSync(
  runtime.command,
  ['--import', 'tsx', ...process.argv.slice(2)],
  { stdio: 'inherit', env: runtime.env },
);
process.exit(result.status ?? 1);
