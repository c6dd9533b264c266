import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// minimatch is the matcher electron-builder applies to these patterns; it
// comes with electron-builder (app-builder-lib depends on it).
import { minimatch } from 'minimatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../../..');

interface BuilderConfig {
  files: string[];
  asarUnpack: string[];
}

const config = parse(
  readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'),
) as BuilderConfig;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .map((file) => file.split(path.sep).join('/'));
}

/**
 * Applies electron-builder's `files` patterns in order, as it does: a
 * pattern adds the paths it matches, and a `!` pattern removes them again.
 */
function packedBy(patterns: string[], candidates: string[]): string[] {
  return candidates.filter((file) => {
    let packed = false;
    for (const pattern of patterns) {
      if (pattern.startsWith('!')) {
        if (minimatch(file, pattern.slice(1), { dot: true })) packed = false;
      } else if (minimatch(file, pattern, { dot: true })) {
        packed = true;
      }
    }
    return packed;
  });
}

// The build goes to a temporary folder, not out/, so this test never races
// another `npm run build`. Its files are then checked as if they lay in
// out/, where electron-builder finds them.
let buildDir = '';
let packed: string[] = [];

beforeAll(() => {
  buildDir = mkdtempSync(path.join(tmpdir(), 'lobbykey-build-'));
  const build = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'),
      'build',
      '--outDir',
      buildDir,
      '--logLevel',
      'error',
    ],
    { cwd: root, encoding: 'utf8', timeout: 240_000 },
  );
  if (build.status !== 0) {
    throw new Error(`electron-vite build failed:\n${build.stderr}`);
  }

  const candidates = [
    'package.json',
    ...listFiles(buildDir).map((file) => `out/${file}`),
  ];
  packed = packedBy(config.files, candidates);
}, 300_000);

afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

/** Reads a packed `out/...` file from the temporary build folder. */
function readBuilt(file: string): string {
  return readFileSync(path.join(buildDir, file.slice('out/'.length)), 'utf8');
}

describe('packed files', () => {
  it.each([
    'package.json',
    'out/main/index.js',
    'out/preload/index.cjs',
    'out/renderer/index.html',
  ])('include %s', (file) => {
    expect(packed).toContain(file);
  });

  it('match every positive files pattern', () => {
    const positive = config.files.filter((p) => !p.startsWith('!'));

    for (const pattern of positive) {
      expect(
        packed.some((file) => minimatch(file, pattern)),
        pattern,
      ).toBe(true);
    }
  });

  it('exclude sources, maps and tests', () => {
    const unwanted = packed.filter(
      (file) =>
        /\.(ts|tsx|map)$/.test(file) ||
        /(^|\/)(test|tests|__tests__)\//.test(file) ||
        /\.(test|spec)\.[cm]?js$/.test(file),
    );

    expect(unwanted).toEqual([]);
  });

  it('exclude the browser host', () => {
    const mainFiles = packed.filter((file) => file.startsWith('out/main/'));
    const withHost = mainFiles.filter((file) => {
      const text = readBuilt(file);
      return text.includes('browser-host');
    });

    expect(packed.some((file) => file.includes('browser-host'))).toBe(false);
    expect(withHost).toEqual([]);
  });

  it('leave the native modules out of every bundle', () => {
    // A bundled keytar or better-sqlite3 would carry the path of its .node
    // file; loaded from node_modules, it finds app.asar.unpacked itself.
    const bundled = packed
      .filter((file) => file.endsWith('.js') || file.endsWith('.cjs'))
      .filter((file) => {
        const text = readBuilt(file);
        return /keytar\.node|better_sqlite3\.node/.test(text);
      });

    expect(bundled).toEqual([]);
  });

  it('keep the renderer free of native modules', () => {
    const renderer = packed.filter(
      (file) => file.startsWith('out/renderer/') && file.endsWith('.js'),
    );
    const withNative = renderer.filter((file) => {
      const text = readBuilt(file);
      return /keytar|better-sqlite3/.test(text);
    });

    expect(renderer.length).toBeGreaterThan(0);
    expect(withNative).toEqual([]);
  });

  it('keep the preload a single CommonJS file', () => {
    const preload = packed.filter((file) => file.startsWith('out/preload/'));

    expect(preload).toEqual(['out/preload/index.cjs']);
  });
});

describe('asarUnpack', () => {
  it.each([
    'node_modules/keytar/build/Release/keytar.node',
    'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
  ])('unpacks %s', (file) => {
    expect(config.asarUnpack.some((pattern) => minimatch(file, pattern))).toBe(
      true,
    );
  });

  it('unpacks no JavaScript', () => {
    const script = 'node_modules/keytar/lib/keytar.js';

    expect(
      config.asarUnpack.some((pattern) => minimatch(script, pattern)),
    ).toBe(false);
  });
});
