import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { defaultSettings } from '../../../preload/contract';
import { openSettingsStore, settingsPath } from '../../../main/settings';
import { thrownAppError, useTempDirs } from '../storage/temp-dir';

describe('settings store', () => {
  const tempDir = useTempDirs();

  it('starts with the contract defaults and no file', () => {
    const dir = tempDir();

    const store = openSettingsStore(dir);

    expect(store.get()).toEqual(defaultSettings);
    expect(store.notice()).toBeUndefined();
    expect(existsSync(settingsPath(dir))).toBe(false);
  });

  it('writes an update and reads it after reopening', () => {
    const dir = tempDir();
    openSettingsStore(dir).update({
      propertyName: 'Harbour Inn',
      idleTimeoutSeconds: 90,
    });

    const reopened = openSettingsStore(dir).get();

    expect(reopened.propertyName).toBe('Harbour Inn');
    expect(reopened.idleTimeoutSeconds).toBe(90);
    expect(reopened.checkInTime).toBe(defaultSettings.checkInTime);
  });

  it('creates a missing data folder on the first update', () => {
    const dir = path.join(tempDir(), 'not', 'yet');

    openSettingsStore(dir).update({ smsDefault: false });

    expect(openSettingsStore(dir).get().smsDefault).toBe(false);
  });

  it('leaves no temp file next to the settings', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir);

    store.update({ smsDefault: false });
    store.update({ smsDefault: true });

    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('returns copies that callers cannot change', () => {
    const store = openSettingsStore(tempDir());

    store.get().languages.push('en');

    expect(store.get().languages).toEqual(defaultSettings.languages);
  });

  it('fills keys missing from an older file with defaults', () => {
    const dir = tempDir();
    writeFileSync(
      settingsPath(dir),
      JSON.stringify({ propertyName: 'Old Inn' }),
    );

    const store = openSettingsStore(dir);

    expect(store.get().propertyName).toBe('Old Inn');
    expect(store.get().checkOutTime).toBe(defaultSettings.checkOutTime);
    expect(store.notice()).toBeUndefined();
  });

  it('keeps a corrupt file as a backup and starts with defaults', () => {
    const dir = tempDir();
    writeFileSync(settingsPath(dir), '{"propertyName": "Half wri');

    const store = openSettingsStore(dir);

    expect(store.get()).toEqual(defaultSettings);
    expect(store.notice()).toMatch(/settings file was invalid \(not JSON/);
    const backups = readdirSync(dir).filter((name) =>
      name.startsWith('settings.json.corrupt-'),
    );
    expect(backups).toHaveLength(1);
    expect(readFileSync(path.join(dir, backups[0] ?? ''), 'utf8')).toBe(
      '{"propertyName": "Half wri',
    );
  });

  it('treats a wrongly typed value in the file as invalid', () => {
    const dir = tempDir();
    writeFileSync(settingsPath(dir), JSON.stringify({ smsDefault: 'yes' }));

    const store = openSettingsStore(dir);

    expect(store.get().smsDefault).toBe(defaultSettings.smsDefault);
    expect(store.notice()).toContain('smsDefault');
    expect(
      readdirSync(dir).some((n) => n.startsWith('settings.json.corrupt-')),
    ).toBe(true);
  });

  it('treats a JSON array file as invalid', () => {
    const dir = tempDir();
    writeFileSync(settingsPath(dir), '[]');

    expect(openSettingsStore(dir).notice()).toContain('not a JSON object');
  });

  it('rejects a wrong type and keeps the file unchanged', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir);
    store.update({ propertyName: 'Harbour Inn' });
    const before = readFileSync(settingsPath(dir), 'utf8');

    const error = thrownAppError(() =>
      store.update({ idleTimeoutSeconds: '60' as unknown as number }),
    );

    expect(error?.code).toBe('invalid-request');
    expect(error?.field).toBe('idleTimeoutSeconds');
    expect(error?.message).toContain('expected number');
    expect(readFileSync(settingsPath(dir), 'utf8')).toBe(before);
    expect(store.get().idleTimeoutSeconds).toBe(
      defaultSettings.idleTimeoutSeconds,
    );
  });

  it('rejects an unknown key', () => {
    const store = openSettingsStore(tempDir());

    const error = thrownAppError(() =>
      store.update({ authToken: 'x' } as unknown as Partial<
        typeof defaultSettings
      >),
    );

    expect(error?.field).toBe('authToken');
    expect(error?.message).toBe('Unknown setting "authToken"; remove it.');
  });

  it('rejects an unknown key inside a nested setting', () => {
    const store = openSettingsStore(tempDir());

    const error = thrownAppError(() =>
      store.update({
        printing: { enabled: true, printerName: 'P1', copies: 2 } as never,
      }),
    );

    expect(error?.field).toBe('printing.copies');
  });

  it('rejects http to a host that is not loopback', () => {
    const store = openSettingsStore(tempDir());

    const error = thrownAppError(() =>
      store.update({ apiBaseUrl: 'http://api.uclbrt.com/' }),
    );

    expect(error?.field).toBe('apiBaseUrl');
    expect(error?.message).toContain('"http://api.uclbrt.com/"');
    expect(error?.message).toContain('must be an https URL');
  });

  it('accepts http to the loopback simulator', () => {
    const store = openSettingsStore(tempDir());

    store.update({ apiBaseUrl: 'http://127.0.0.1:8123/' });

    expect(store.get().apiBaseUrl).toBe('http://127.0.0.1:8123/');
  });

  it('rejects an unknown time zone', () => {
    const store = openSettingsStore(tempDir());

    const error = thrownAppError(() =>
      store.update({ propertyTimeZone: 'Mars/Olympus_Mons' }),
    );

    expect(error?.field).toBe('propertyTimeZone');
    expect(error?.message).toContain('"Mars/Olympus_Mons"');
    expect(error?.message).toContain('IANA time zone');
  });

  it('names the allowed values of an enum setting', () => {
    const store = openSettingsStore(tempDir());

    const error = thrownAppError(() =>
      store.update({ mode: 'arcade' as 'kiosk' }),
    );

    expect(error?.field).toBe('mode');
    expect(error?.message).toContain('"kiosk"|"front-desk"');
  });

  it('rejects a default language outside the languages', () => {
    const store = openSettingsStore(tempDir());

    const error = thrownAppError(() =>
      store.update({ languages: ['zh-CN'], defaultLanguage: 'en' }),
    );

    expect(error?.field).toBe('defaultLanguage');
  });

  it('does not write the file when an update fails', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir);

    const error = thrownAppError(() => store.update({ checkInTime: '25:00' }));

    expect(error?.field).toBe('checkInTime');
    expect(existsSync(settingsPath(dir))).toBe(false);
  });
});
