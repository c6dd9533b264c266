import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import {
  builtPaths,
  logDirFor,
  resolveDataDir,
} from '../../../main/electron/paths';
import { readUpdateSchedule } from '../../../main/electron/update-settings';
import { defaultSettings } from '../../../preload/contract';

describe('resolveDataDir', () => {
  it('uses LOBBYKEY_DATA_DIR when set', () => {
    const dir = resolveDataDir({ LOBBYKEY_DATA_DIR: '/tmp/kiosk-a' }, '/u');

    expect(dir).toBe(path.resolve('/tmp/kiosk-a'));
  });

  it('falls back to the user-data folder', () => {
    expect(resolveDataDir({}, '/home/k/.config/Lobbykey')).toBe(
      '/home/k/.config/Lobbykey',
    );
  });

  it('ignores a blank override', () => {
    expect(resolveDataDir({ LOBBYKEY_DATA_DIR: '  ' }, '/u')).toBe('/u');
  });
});

describe('logDirFor', () => {
  it('keeps logs in the data folder', () => {
    expect(logDirFor('/tmp/kiosk-a')).toBe(path.join('/tmp/kiosk-a', 'logs'));
  });
});

describe('builtPaths', () => {
  it('points at the CommonJS preload and the built page', () => {
    expect(builtPaths('/app/out/main')).toEqual({
      preload: path.join('/app/out/preload/index.cjs'),
      rendererIndex: path.join('/app/out/renderer/index.html'),
    });
  });
});

describe('readUpdateSchedule', () => {
  let dataDir = '';
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  function withSettings(text: string | null): string {
    dataDir = mkdtempSync(path.join(tmpdir(), 'lobbykey-shell-'));
    if (text !== null) writeFileSync(path.join(dataDir, 'settings.json'), text);
    return dataDir;
  }

  const defaults = {
    ...defaultSettings.updates,
    timeZone: defaultSettings.propertyTimeZone,
  };

  it('uses the defaults without a settings file', () => {
    expect(readUpdateSchedule(withSettings(null))).toEqual(defaults);
  });

  it('reads the feed and the property zone', () => {
    const settings = {
      ...defaultSettings,
      propertyTimeZone: 'Europe/Berlin',
      updates: {
        feedUrl: 'https://u.example/',
        quietHourStart: 1,
        quietHourEnd: 4,
      },
    };

    expect(readUpdateSchedule(withSettings(JSON.stringify(settings)))).toEqual({
      feedUrl: 'https://u.example/',
      quietHourStart: 1,
      quietHourEnd: 4,
      timeZone: 'Europe/Berlin',
    });
  });

  it('falls back on invalid JSON', () => {
    expect(readUpdateSchedule(withSettings('{not json'))).toEqual(defaults);
  });

  it('falls back on an out-of-range hour', () => {
    const settings = {
      ...defaultSettings,
      updates: {
        feedUrl: 'https://u.example/',
        quietHourStart: 25,
        quietHourEnd: 4,
      },
    };

    expect(readUpdateSchedule(withSettings(JSON.stringify(settings)))).toEqual(
      defaults,
    );
  });
});
