// Locates the Electron binary that `npm install` downloaded, if any. Machines
// that install with ELECTRON_SKIP_BINARY_DOWNLOAD=1 have none.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Returns the absolute path of the installed Electron binary, or null. */
export function findElectronBinary() {
  let packageDir;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;

  const binary = path.join(
    packageDir,
    'dist',
    readFileSync(pathFile, 'utf8').trim(),
  );
  return existsSync(binary) ? binary : null;
}

/**
 * Returns the command and environment that run a Node script with the same
 * runtime the native modules were built for: Electron's own Node where the
 * binary is installed, this Node otherwise.
 */
export function nodeRuntime() {
  const electron = findElectronBinary();
  if (electron) {
    return {
      command: electron,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      name: 'Electron (ELECTRON_RUN_AS_NODE=1)',
    };
  }
  return { command: process.execPath, env: process.env, name: 'Node' };
}
