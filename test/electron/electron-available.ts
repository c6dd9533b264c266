import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Returns why the Electron tests cannot run here, or null when the Electron
 * binary is installed.
 */
export function electronUnavailableReason(): string | null {
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return 'the electron package is not installed';
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return 'the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1); run `npm install` where it can be downloaded';
  }
  const binary = path.join(
    packageDir,
    'dist',
    readFileSync(pathFile, 'utf8').trim(),
  );
  return existsSync(binary)
    ? null
    : `the Electron binary is missing at ${binary}`;
}
