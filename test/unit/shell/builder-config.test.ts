import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { FuseV1Options } from '@electron/fuses';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../../..');

/** The exports of build/fuse-config.mjs, a plain ES module without types. */
interface FuseConfigModule {
  fuseSettings(variant: 'production' | 'test'): Record<number, boolean>;
  electronBinaryPath(target: {
    platform: string;
    appOutDir: string;
    productFilename: string;
    executableName: string;
  }): string;
}

const { fuseSettings, electronBinaryPath } = (await import(
  pathToFileURL(path.join(root, 'build/fuse-config.mjs')).href
)) as FuseConfigModule;

type Config = Record<string, unknown> & {
  files?: string[];
  asarUnpack?: string[];
  directories?: { output?: string };
  nsis?: Record<string, unknown>;
  mac?: Record<string, unknown>;
  linux?: { target?: { target: string }[] };
  win?: { target?: { target: string }[] };
};

function readConfig(name: string): Config {
  return parse(readFileSync(path.join(root, name), 'utf8')) as Config;
}

let compiled: ReturnType<Ajv['compile']> | null = null;

/** Compiles electron-builder's schema once; it takes seconds. */
function schemaValidator() {
  if (compiled) return compiled;

  const schema = JSON.parse(
    readFileSync(
      path.join(root, 'node_modules/app-builder-lib/scheme.json'),
      'utf8',
    ),
  ) as object;
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  // The schema marks hook options that may also be functions with a
  // non-standard `typeof` keyword; YAML cannot hold a function.
  ajv.addKeyword({
    keyword: 'typeof',
    validate: (expected: string, data: unknown) => typeof data === expected,
  });
  compiled = ajv.compile(schema);
  return compiled;
}

// electron-builder's own loader and validator, as `electron-builder
// --config` runs them; app-builder-lib has no typings for these paths.
const require = createRequire(import.meta.url);
const builderConfig = require('app-builder-lib/out/util/config/config') as {
  getConfig(
    projectDir: string,
    configPath: string,
    fromOptions: null,
  ): Promise<Config>;
  validateConfiguration(config: Config, logger: unknown): Promise<void>;
};
const { resolveFunction } = require('app-builder-lib/out/util/resolve') as {
  resolveFunction(
    type: string,
    executor: string,
    name: string,
    rootSearchDir: string,
  ): Promise<unknown>;
};
const { DebugLogger } = require('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
};

const config = readConfig('electron-builder.yml');
const e2eConfig = readConfig('electron-builder.e2e.yml');

describe('electron-builder.yml', () => {
  it('passes electron-builder JSON schema', () => {
    const validate = schemaValidator();

    const valid = validate(config);

    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a misspelt option', () => {
    const validate = schemaValidator();

    expect(validate({ ...config, nsis: { oneClik: false } })).toBe(false);
    expect(validate({ ...config, asarUnpak: [] })).toBe(false);
  });

  it('names the app and its output folder', () => {
    expect(config.appId).toBe('com.lobbykey.kiosk');
    expect(config.productName).toBe('Lobbykey');
    expect(config.directories?.output).toBe('dist');
  });

  it('packs only the built output', () => {
    expect(config.files).toEqual(['out/**', 'package.json', '!**/*.map']);
  });

  it('packs into asar with the native modules unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual([
      '**/node_modules/keytar/**/*.node',
      '**/node_modules/better-sqlite3/**/*.node',
    ]);
  });

  it('rebuilds native modules for Electron', () => {
    expect(config.npmRebuild).toBe(true);
  });

  it('builds an assisted per-machine NSIS installer', () => {
    expect(config.win?.target?.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis?.oneClick).toBe(false);
    expect(config.nsis?.perMachine).toBe(true);
    expect(config.nsis?.allowElevation).toBe(true);
  });

  it('builds a hardened DMG with existing entitlements', () => {
    expect(config.mac?.hardenedRuntime).toBe(true);
    const entitlements = String(config.mac?.entitlements);

    expect(existsSync(path.join(root, entitlements))).toBe(true);
  });

  it('builds AppImage and deb for Linux', () => {
    expect(config.linux?.target?.map((t) => t.target)).toEqual([
      'AppImage',
      'deb',
    ]);
  });

  it('flips fuses in an existing afterPack hook', () => {
    expect(config.afterPack).toBe('build/after-pack.mjs');
    expect(existsSync(path.join(root, 'build/after-pack.mjs'))).toBe(true);
  });

  it('holds no signing secret', () => {
    const text = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    const secretKeys = [
      'cscLink',
      'cscKeyPassword',
      'certificatePassword',
      'certificateFile',
      'appleId',
      'appleIdPassword',
      'password',
    ];

    for (const key of secretKeys) {
      expect(text, key).not.toMatch(new RegExp(`^\\s*${key}\\s*:`, 'im'));
    }
  });
});

describe('electron-builder.e2e.yml', () => {
  it('loads over the production configuration', async () => {
    const merged = await builderConfig.getConfig(
      root,
      path.join(root, 'electron-builder.e2e.yml'),
      null,
    );

    await builderConfig.validateConfiguration(merged, new DebugLogger(false));
    expect(merged.appId).toBe('com.lobbykey.kiosk');
    expect(merged.directories?.output).toBe('dist/e2e');
    expect(merged.afterPack).toBe('build/after-pack-e2e.mjs');
    expect(merged.asar).toBe(true);
    expect(merged.publish).toBeNull();
  });

  it('passes electron-builder JSON schema', () => {
    const validate = schemaValidator();

    const valid = validate(e2eConfig);

    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('extends the production configuration', () => {
    expect(e2eConfig.extends).toBe('electron-builder.yml');
  });

  it('writes to its own folder with the test hook', () => {
    expect(e2eConfig.directories?.output).toBe('dist/e2e');
    expect(e2eConfig.afterPack).toBe('build/after-pack-e2e.mjs');
    expect(existsSync(path.join(root, 'build/after-pack-e2e.mjs'))).toBe(true);
  });
});

describe('afterPack hooks', () => {
  it.each(['build/after-pack.mjs', 'build/after-pack-e2e.mjs'])(
    'resolve %s to a function',
    async (hook) => {
      const resolved = await resolveFunction(
        'afterPack',
        hook,
        'afterPack',
        root,
      );

      expect(typeof resolved).toBe('function');
    },
  );
});

describe('fuseSettings', () => {
  const production = fuseSettings('production');
  const test = fuseSettings('test');

  it.each([
    ['RunAsNode', FuseV1Options.RunAsNode, false],
    [
      'EnableNodeOptionsEnvironmentVariable',
      FuseV1Options.EnableNodeOptionsEnvironmentVariable,
      false,
    ],
    [
      'EnableNodeCliInspectArguments',
      FuseV1Options.EnableNodeCliInspectArguments,
      false,
    ],
    ['EnableCookieEncryption', FuseV1Options.EnableCookieEncryption, true],
    [
      'EnableEmbeddedAsarIntegrityValidation',
      FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
      true,
    ],
    ['OnlyLoadAppFromAsar', FuseV1Options.OnlyLoadAppFromAsar, true],
    [
      'GrantFileProtocolExtraPrivileges',
      FuseV1Options.GrantFileProtocolExtraPrivileges,
      false,
    ],
  ])('sets %s for production', (_name, fuse, value) => {
    expect(production[fuse]).toBe(value);
  });

  it('keeps inspect arguments on only for tests', () => {
    expect(test[FuseV1Options.EnableNodeCliInspectArguments]).toBe(true);
  });

  it('differs from production in that one fuse only', () => {
    const changed = Object.keys(production).filter(
      (fuse) => production[Number(fuse)] !== test[Number(fuse)],
    );

    expect(changed).toEqual([
      String(FuseV1Options.EnableNodeCliInspectArguments),
    ]);
  });

  it('rejects an unknown variant', () => {
    expect(() => fuseSettings('staging' as 'test')).toThrow(
      'Unknown fuse variant "staging"',
    );
  });
});

describe('electronBinaryPath', () => {
  const target = {
    appOutDir: '/dist/out',
    productFilename: 'Lobbykey',
    executableName: 'lobbykey',
  };

  it.each([
    ['darwin', path.join('/dist/out', 'Lobbykey.app')],
    ['win32', path.join('/dist/out', 'Lobbykey.exe')],
    ['linux', path.join('/dist/out', 'lobbykey')],
  ])('finds the %s binary', (platform, expected) => {
    expect(electronBinaryPath({ ...target, platform })).toBe(expected);
  });
});
