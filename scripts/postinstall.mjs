// Rebuilds keytar and better-sqlite3 for Electron where the Electron binary
// is installed, so that one build of each module serves `npm start` and the
// unit tests (which then run under ELECTRON_RUN_AS_NODE=1). Without the
// binary the modules stay built for Node.
import { spawnSync } from 'node:child_process';

import { findElectronBinary } from './electron-binary.mjs';

if (!findElectronBinary()) {
  process.stdout.write(
    'lobbykey: Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD?); ' +
      'native modules stay built for Node.\n',
  );
  process.exit(0);
}

process.stdout.write('lobbykey: rebuilding native modules for Electron\n');
const result = spawnSync('npx', ['electron-builder', 'install-app-deps'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
