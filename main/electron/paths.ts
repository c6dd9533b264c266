import path from 'node:path';

/**
 * Returns the data folder: `LOBBYKEY_DATA_DIR` when it is set and not
 * blank, the app's user-data folder otherwise. A relative override is
 * resolved against the working directory.
 */
export function resolveDataDir(
  env: NodeJS.ProcessEnv,
  userDataPath: string,
): string {
  const override = env.LOBBYKEY_DATA_DIR?.trim();
  return override ? path.resolve(override) : userDataPath;
}

/**
 * Returns the log folder, `<data>/logs`: the folder startServices logs to,
 * so that the shell's first lines land in the same file.
 */
export function logDirFor(dataDir: string): string {
  return path.join(dataDir, 'logs');
}

/** Returns the built preload and page, found relative to `out/main/`. */
export function builtPaths(mainDir: string): {
  preload: string;
  rendererIndex: string;
} {
  return {
    preload: path.join(mainDir, '../preload/index.cjs'),
    rendererIndex: path.join(mainDir, '../renderer/index.html'),
  };
}
