/**
 * Wall-clock helpers for the property's time zone. Staff type dates and times
 * as the property's clock shows them; main stores instants.
 */

/** Calendar date "YYYY-MM-DD" of `instant` in `timeZone`. */
export function localDateIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** Wall time "YYYY-MM-DDTHH:mm" of `instant` in `timeZone`. */
export function localDateTimeIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '00';

  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

function offsetMinutesAt(utcMs: number, timeZone: string): number {
  const wall = localDateTimeIn(new Date(utcMs), timeZone);
  return (Date.parse(`${wall}:00Z`) - utcMs) / 60_000;
}

/**
 * Converts a wall time "YYYY-MM-DDTHH:mm" in `timeZone` to an instant.
 * Returns null for text that is not such a wall time. A time that the zone
 * skips (a daylight-saving gap) resolves to the instant one offset later.
 */
export function zonedWallTimeToInstant(
  wallTime: string,
  timeZone: string,
): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(wallTime)) return null;
  const asUtc = Date.parse(`${wallTime}:00Z`);
  if (Number.isNaN(asUtc)) return null;

  // Two passes settle the offset, also next to a daylight-saving change.
  let guess = asUtc - offsetMinutesAt(asUtc, timeZone) * 60_000;
  guess = asUtc - offsetMinutesAt(guess, timeZone) * 60_000;
  return new Date(guess);
}

/** Shows an instant as the property's wall clock, for example "12/04 14:00". */
export function formatInstant(
  iso: string,
  timeZone: string,
  locale: string,
): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** Splits a clock offset into whole hours and minutes, sign separate. */
export function splitOffset(offsetMs: number): {
  ahead: boolean;
  hours: number;
  minutes: number;
} {
  const totalMinutes = Math.round(Math.abs(offsetMs) / 60_000);
  return {
    ahead: offsetMs >= 0,
    hours: Math.floor(totalMinutes / 60),
    minutes: totalMinutes % 60,
  };
}

/** Seconds left until `untilMs`, rounded up, never below zero. */
export function secondsUntil(untilMs: number, nowMs: number): number {
  return Math.max(0, Math.ceil((untilMs - nowMs) / 1000));
}
