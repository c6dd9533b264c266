// Conversions between instants and wall-clock dates and times in an IANA
// time zone, without depending on the host's own zone.

import { wallClockOf, type WallClock } from '../qrmaster/wall-clock';

const DAY_MS = 24 * 60 * 60 * 1000;

function wallClockAt(instantMs: number, zone: string): WallClock {
  return wallClockOf(new Date(instantMs), zone);
}

/** Zone offset from UTC at an instant, in milliseconds (east positive). */
function offsetAt(instantMs: number, zone: string): number {
  const wall = wallClockAt(instantMs, zone);
  const wallAsUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
  );
  const wholeSeconds = Math.floor(instantMs / 1000) * 1000;
  return wallAsUtc - wholeSeconds;
}

function parseDate(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) {
    throw new RangeError(`Invalid date "${date}": expected "YYYY-MM-DD".`);
  }
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function parseTime(time: string): [number, number] {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) {
    throw new RangeError(`Invalid time "${time}": expected 24-hour "HH:mm".`);
  }
  return [Number(match[1]), Number(match[2])];
}

/**
 * Converts a wall-clock date and time in `zone` to the instant it names.
 * A time skipped by a daylight-saving jump moves forward by the jump, so
 * 02:30 on a spring-forward night becomes 03:30. A time that occurs twice
 * in the autumn takes the earlier instant.
 */
export function zonedWallTimeToInstant(
  date: string,
  time: string,
  zone: string,
): Date {
  const [year, month, day] = parseDate(date);
  const [hour, minute] = parseTime(time);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);

  // This assumes a zone changes its offset at most once within 24 hours,
  // which holds for today's IANA zones. Then the offsets a day before and a
  // day after are the only candidates.
  const offsetBefore = offsetAt(wallAsUtc - DAY_MS, zone);
  const offsetAfter = offsetAt(wallAsUtc + DAY_MS, zone);
  const candidates = [wallAsUtc - offsetBefore, wallAsUtc - offsetAfter];
  const valid = candidates.filter(
    (candidate) => offsetAt(candidate, zone) === wallAsUtc - candidate,
  );

  if (valid.length === 0) {
    return new Date(wallAsUtc - offsetBefore);
  }
  return new Date(Math.min(...valid));
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Returns the calendar date "YYYY-MM-DD" of an instant in `zone`. */
export function localDateIn(instant: Date, zone: string): string {
  const wall = wallClockAt(instant.getTime(), zone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** Returns the date `days` calendar days after "YYYY-MM-DD" (negative goes back). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = parseDate(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return shifted.toISOString().slice(0, 10);
}
