// `npm start`: builds and opens the kiosk in Electron. Where the Electron
// binary is not installed, prints how to run the same app in a browser.
import { spawn } from 'node:child_process';

import { findElectronBinary } from './electron-binary.mjs';

if (!findElectronBinary()) {
  process.stderr.write(
    'lobbykey: the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD?).\n' +
      'Run the same app in a browser instead: npm run start:browser -- --port 5180\n' +
      'or reinstall where Electron can be downloaded: npm install\n',
  );
  process.exit(1);
}

const child = spawn(
  'npx',
  ['electron-vite', 'preview', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code) => process.exit(code ?? 1));
