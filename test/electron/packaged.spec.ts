import { existsSync } from 'node:fs';
import path from 'node:path';

import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { expect, test } from '@playwright/test';

import { launchLobbykey } from './app';

const root = path.resolve(import.meta.dirname, '../..');

// The fuse wire stores each fuse as an ASCII byte: '1' on, '0' off
// (@electron/fuses keeps this enum, FuseState, out of its public exports).
const ENABLED = '1'.charCodeAt(0);
const DISABLED = '0'.charCodeAt(0);

/**
 * Returns the Electron executable electron-builder left in `outputDir` for
 * this platform (the unpacked app next to the installers), or null.
 */
function packagedBinary(outputDir: string): string | null {
  const candidates = {
    linux: ['linux-unpacked/lobbykey', 'linux-arm64-unpacked/lobbykey'],
    win32: ['win-unpacked/Lobbykey.exe'],
    darwin: ['mac/Lobbykey.app', 'mac-arm64/Lobbykey.app'],
  }[process.platform as 'linux' | 'win32' | 'darwin'];

  for (const candidate of candidates ?? []) {
    const file = path.join(root, outputDir, candidate);
    if (existsSync(file)) return file;
  }
  return null;
}

/** macOS launches the binary inside the bundle, not the bundle itself. */
function executableOf(binary: string): string {
  if (!binary.endsWith('.app')) return binary;
  return path.join(binary, 'Contents/MacOS/Lobbykey');
}

async function fuses(binary: string) {
  const wire = await getCurrentFuseWire(binary);
  return (fuse: FuseV1Options) => wire[fuse];
}

const production = packagedBinary('dist');
const testBuild = packagedBinary('dist/e2e');

test.describe('production build', () => {
  test.skip(
    production === null,
    'no packaged app in dist/; run `npm run dist` where the Electron binary is installed',
  );

  test('has the production fuses', async () => {
    const fuse = await fuses(production ?? '');

    expect(fuse(FuseV1Options.RunAsNode)).toBe(DISABLED);
    expect(fuse(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(
      DISABLED,
    );
    expect(fuse(FuseV1Options.EnableNodeCliInspectArguments)).toBe(DISABLED);
    expect(fuse(FuseV1Options.EnableCookieEncryption)).toBe(ENABLED);
    expect(fuse(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(
      ENABLED,
    );
    expect(fuse(FuseV1Options.OnlyLoadAppFromAsar)).toBe(ENABLED);
    expect(fuse(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(DISABLED);
  });
});

test.describe('test build', () => {
  test.skip(
    testBuild === null,
    'no packaged app in dist/e2e/; run `npm run build && npx electron-builder --config electron-builder.e2e.yml --dir` where the Electron binary is installed',
  );

  test('keeps only the inspect arguments on', async () => {
    const fuse = await fuses(testBuild ?? '');

    expect(fuse(FuseV1Options.EnableNodeCliInspectArguments)).toBe(ENABLED);
    expect(fuse(FuseV1Options.RunAsNode)).toBe(DISABLED);
    expect(fuse(FuseV1Options.OnlyLoadAppFromAsar)).toBe(ENABLED);
  });

  test('opens the welcome screen from the packaged app', async () => {
    const lobbykey = await launchLobbykey({
      executablePath: executableOf(testBuild ?? ''),
    });

    await expect(lobbykey.window.getByTestId('screen-welcome')).toBeVisible();
    await lobbykey.close();
  });
});
