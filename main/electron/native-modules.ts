import { createRequire } from 'node:module';

/** A native module that failed to load, and what to tell the operator. */
export interface NativeModuleFailure {
  module: string;
  /** True when the module was built for another Node or Electron ABI. */
  abiMismatch: boolean;
  /** NODE_MODULE_VERSION the module was compiled against, when known. */
  compiledFor: number | null;
  /** NODE_MODULE_VERSION this runtime requires, when known. */
  required: number | null;
  /** A message for the dialog: what failed and what to run. */
  message: string;
}

const ABI_PATTERN =
  /NODE_MODULE_VERSION (\d+)\. This version of Node\.js requires\s+NODE_MODULE_VERSION (\d+)/;

const REBUILD =
  'Run `npm install` in the app folder (it rebuilds native modules for ' +
  'Electron), or reinstall Lobbykey from its installer.';

const CHECK_LIBRARIES =
  'Check that the system libraries it needs are installed (keytar needs ' +
  'libsecret on Linux), or reinstall Lobbykey from its installer.';

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Explains why `module` failed to load. An ABI mismatch, which happens when
 * Electron was upgraded without reinstalling, names both NODE_MODULE_VERSION
 * numbers; any other load error is reported with its own message.
 */
export function describeNativeModuleFailure(
  module: string,
  error: unknown,
): NativeModuleFailure {
  const text = errorText(error);
  const match = ABI_PATTERN.exec(text);

  if (match) {
    const compiledFor = Number(match[1]);
    const required = Number(match[2]);
    return {
      module,
      abiMismatch: true,
      compiledFor,
      required,
      message:
        `The native module ${module} was built for NODE_MODULE_VERSION ` +
        `${compiledFor}, but this Electron requires ${required}. ${REBUILD}`,
    };
  }

  return {
    module,
    abiMismatch: false,
    compiledFor: null,
    required: null,
    message: `The native module ${module} failed to load: ${text} ${CHECK_LIBRARIES}`,
  };
}

/**
 * Returns true when the app cannot run with this failure: any ABI mismatch,
 * which breaks every native module at once, and any better-sqlite3 failure,
 * because there is no database without it. Another keytar failure, such as
 * a missing libsecret, leaves the app running with card issuing off, so the
 * credential store reports it to staff instead.
 */
export function isFatalFailure(failure: NativeModuleFailure): boolean {
  return failure.abiMismatch || failure.module === 'better-sqlite3';
}

/** Loads a module and touches its native binding; throws when that fails. */
export type NativeModuleProbe = () => void;

const require = createRequire(import.meta.url);

/**
 * The probes for the app's native modules. better-sqlite3 loads its binding
 * only when the first database opens, so its probe opens one in memory.
 */
export const nativeModuleProbes: Record<string, NativeModuleProbe> = {
  'better-sqlite3': () => {
    const Database = require('better-sqlite3') as new (file: string) => {
      close(): void;
    };
    new Database(':memory:').close();
  },
  keytar: () => {
    require('keytar');
  },
};

/** Runs every probe and returns the failures; an empty list means all load. */
export function checkNativeModules(
  probes: Record<string, NativeModuleProbe> = nativeModuleProbes,
): NativeModuleFailure[] {
  const failures: NativeModuleFailure[] = [];
  for (const [module, probe] of Object.entries(probes)) {
    try {
      probe();
    } catch (error) {
      failures.push(describeNativeModuleFailure(module, error));
    }
  }
  return failures;
}
