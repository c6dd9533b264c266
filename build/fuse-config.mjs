// Electron fuses for the packaged app, flipped by the afterPack hooks.
import path from 'node:path';

import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/** The value of electron-builder's `Arch.arm64`. */
const ARCH_ARM64 = 3;

/**
 * Returns the fuse settings for a build variant. `production` turns off
 * every way to run the binary as plain Node or to attach an inspector;
 * `test` differs only in keeping the inspect arguments that Playwright's
 * _electron.launch needs.
 *
 * @param {'production' | 'test'} variant
 */
export function fuseSettings(variant) {
  if (variant !== 'production' && variant !== 'test') {
    throw new Error(
      `Unknown fuse variant "${variant}"; use "production" or "test".`,
    );
  }
  return {
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: variant === 'test',
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/**
 * Returns the path of the Electron executable (the `.app` bundle on macOS)
 * inside electron-builder's output folder for one platform.
 *
 * @param {{ platform: string, appOutDir: string, productFilename: string, executableName: string }} target
 */
export function electronBinaryPath(target) {
  if (target.platform === 'darwin' || target.platform === 'mas') {
    return path.join(target.appOutDir, `${target.productFilename}.app`);
  }
  if (target.platform === 'win32') {
    return path.join(target.appOutDir, `${target.productFilename}.exe`);
  }
  return path.join(target.appOutDir, target.executableName);
}

/**
 * Flips the fuses of the app electron-builder just packed. The hook runs
 * before signing, so the signature covers the flipped binary.
 *
 * @param {import('app-builder-lib').AfterPackContext} context
 * @param {'production' | 'test'} variant
 */
export async function flipPackedFuses(context, variant) {
  const platform = context.electronPlatformName;
  const binary = electronBinaryPath({
    platform,
    appOutDir: context.appOutDir,
    productFilename: context.packager.appInfo.productFilename,
    executableName: context.packager.executableName,
  });

  // arm64 macOS refuses a binary whose ad-hoc signature no longer matches,
  // and the real signature is applied only after this hook.
  const resetAdHocDarwinSignature =
    platform === 'darwin' && context.arch === ARCH_ARM64;

  await flipFuses(binary, {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature,
    ...fuseSettings(variant),
  });
  process.stdout.write(`lobbykey: flipped ${variant} fuses in ${binary}\n`);
}
