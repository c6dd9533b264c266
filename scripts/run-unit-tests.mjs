// Runs Vitest with the runtime the native modules were built for (see
// electron-binary.mjs). Extra arguments go to Vitest.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { nodeRuntime } from './electron-binary.mjs';

const vitest = path.resolve(
  import.meta.dirname,
  '../node_modules/vitest/vitest.mjs',
);
const runtime = nodeRuntime();

process.stdout.write(`lobbykey: unit tests run under ${runtime.name}\n`);
const result = spawnSync(
  runtime.command,
  [vitest, 'run', ...process.argv.slice(2)],
  { stdio: 'inherit', env: runtime.env },
);
process.exit(result.status ?? 1);
