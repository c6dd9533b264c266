import { describe, expect, it } from 'vitest';

import {
  checkNativeModules,
  describeNativeModuleFailure,
  isFatalFailure,
} from '../../../main/electron/native-modules';

// The message Node prints when a .node file was built for another ABI, as
// seen after upgrading Electron without reinstalling.
const abiError = new Error(
  "The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\n" +
    'was compiled against a different Node.js version using\n' +
    'NODE_MODULE_VERSION 115. This version of Node.js requires\n' +
    'NODE_MODULE_VERSION 143. Please try re-compiling or re-installing\n' +
    'the module (for instance, using `npm rebuild` or `npm install`).',
);

describe('describeNativeModuleFailure', () => {
  it('reads both ABI versions of a mismatch', () => {
    const failure = describeNativeModuleFailure('better-sqlite3', abiError);

    expect(failure.abiMismatch).toBe(true);
    expect(failure.compiledFor).toBe(115);
    expect(failure.required).toBe(143);
  });

  it('tells the operator to run npm install', () => {
    const failure = describeNativeModuleFailure('better-sqlite3', abiError);

    expect(failure.message).toContain('better-sqlite3');
    expect(failure.message).toContain('NODE_MODULE_VERSION 115');
    expect(failure.message).toContain('`npm install`');
  });

  it('reports another load error with its own text', () => {
    const failure = describeNativeModuleFailure(
      'keytar',
      new Error('libsecret-1.so.0: cannot open shared object file'),
    );

    expect(failure.abiMismatch).toBe(false);
    expect(failure.compiledFor).toBeNull();
    expect(failure.message).toContain('libsecret-1.so.0');
    expect(failure.message).toContain('system libraries');
  });

  it('accepts a thrown value that is not an Error', () => {
    const failure = describeNativeModuleFailure('keytar', 'broken');

    expect(failure.message).toContain('keytar failed to load: broken');
  });
});

describe('checkNativeModules', () => {
  it('loads the installed native modules', () => {
    expect(checkNativeModules()).toEqual([]);
  });

  it('collects every failing probe', () => {
    const failures = checkNativeModules({
      'better-sqlite3': () => {
        throw abiError;
      },
      keytar: () => undefined,
      other: () => {
        throw new Error('missing');
      },
    });

    expect(failures.map((failure) => failure.module)).toEqual([
      'better-sqlite3',
      'other',
    ]);
  });
});

describe('isFatalFailure', () => {
  it('stops the start on an ABI mismatch', () => {
    expect(
      isFatalFailure(describeNativeModuleFailure('keytar', abiError)),
    ).toBe(true);
  });

  it('stops the start without SQLite', () => {
    const failure = describeNativeModuleFailure(
      'better-sqlite3',
      new Error('cannot open shared object file'),
    );

    expect(isFatalFailure(failure)).toBe(true);
  });

  it('lets the app start without libsecret', () => {
    const failure = describeNativeModuleFailure(
      'keytar',
      new Error('libsecret-1.so.0: cannot open shared object file'),
    );

    expect(isFatalFailure(failure)).toBe(false);
  });
});
