import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  formatCardTime,
  formatSignatureTimestamp,
} from '../../../main/qrmaster/wall-clock';

const fixture = path.join(import.meta.dirname, 'fixtures/print-card-times.ts');

/** Cases every host zone must format identically: [instant, zone, expected]. */
const cases: Array<[string, string, string]> = [
  // A stay ending 14:00 on 1 June 2025 in Berlin (CEST, UTC+2) is 20:00 in
  // Shanghai (UTC+8).
  ['2025-06-01T14:00:00+02:00', 'Asia/Shanghai', '2506012000'],
  ['2025-06-01T14:00:00+02:00', 'Europe/Berlin', '2506011400'],
  // Check-out at 11:30 stays at 11:30 in the property's zone.
  ['2025-01-15T11:30:00+01:00', 'Europe/Berlin', '2501151130'],
  // Midnight is 00, not 24 of the day before.
  ['2025-01-01T16:00:00Z', 'Asia/Shanghai', '2501020000'],
  // Berlin springs forward at 01:00 UTC on 30 March 2025 (02:00 -> 03:00).
  ['2025-03-30T00:59:00Z', 'Europe/Berlin', '2503300159'],
  ['2025-03-30T01:00:00Z', 'Europe/Berlin', '2503300300'],
  // Berlin falls back at 01:00 UTC on 26 October 2025: 02:30 happens twice.
  ['2025-10-26T00:30:00Z', 'Europe/Berlin', '2510260230'],
  ['2025-10-26T01:30:00Z', 'Europe/Berlin', '2510260230'],
  // New York springs forward on 9 March 2025 at 07:00 UTC.
  ['2025-03-09T06:59:00Z', 'America/New_York', '2503090159'],
  ['2025-03-09T07:00:00Z', 'America/New_York', '2503090300'],
];

const hostZones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Shanghai'];

interface ChildOutput {
  hostZone: string;
  hostOffsetMinutes: number;
  results: string[];
}

function formatInChild(hostZone: string): ChildOutput {
  const input = JSON.stringify(
    cases.map(([instant, timeZone]) => ({ instant, timeZone })),
  );
  const stdout = execFileSync(
    process.execPath,
    ['--import', 'tsx', fixture, input],
    { env: { ...process.env, TZ: hostZone }, encoding: 'utf8' },
  );
  return JSON.parse(stdout) as ChildOutput;
}

describe('formatCardTime', () => {
  it.each(cases)('formats %s in %s as %s', (instant, timeZone, expected) => {
    expect(formatCardTime(new Date(instant), timeZone)).toBe(expected);
  });

  it.each(hostZones)('gives the same times on a host in %s', (hostZone) => {
    const output = formatInChild(hostZone);

    expect(output.hostZone).toBe(hostZone);
    expect(output.results).toEqual(cases.map(([, , expected]) => expected));
  });

  it('runs the host-zone children in distinct zones', () => {
    const offsets = hostZones.map(
      (zone) => formatInChild(zone).hostOffsetMinutes,
    );

    expect(new Set(offsets).size).toBe(hostZones.length);
  });

  it('rejects an invalid Date', () => {
    expect(() => formatCardTime(new Date('not a date'), 'UTC')).toThrow(
      RangeError,
    );
  });

  it('rejects a year that two digits cannot carry', () => {
    expect(() =>
      formatCardTime(new Date('2100-01-01T12:00:00Z'), 'UTC'),
    ).toThrow(/2000-2099/);
  });

  it('rejects an unknown time zone', () => {
    expect(() => formatCardTime(new Date(), 'Mars/Olympus')).toThrow(
      RangeError,
    );
  });
});

describe('formatSignatureTimestamp', () => {
  it('formats in Asia/Shanghai wall time', () => {
    expect(formatSignatureTimestamp(new Date('2024-03-15T01:30:00Z'))).toBe(
      '20240315093000',
    );
  });

  it('uses 24-hour clock in the afternoon', () => {
    expect(formatSignatureTimestamp(new Date('2019-12-31T15:59:59Z'))).toBe(
      '20191231235959',
    );
  });

  it('writes midnight as 00', () => {
    expect(formatSignatureTimestamp(new Date('2024-03-14T16:00:05Z'))).toBe(
      '20240315000005',
    );
  });
});
