// Wall-clock formatting of instants in a named IANA zone. Intl does the zone
// arithmetic; its parts are read as numbers and never parsed back as a local
// time, so the host's own zone never enters the result.

/** The time zone of QR Master's servers, used for the signature timestamp. */
export const SIGNATURE_TIME_ZONE = 'Asia/Shanghai';

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // hourCycle h23 keeps midnight at 00; the default for some locales is
    // h24, which writes it as 24 of the previous day.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a RangeError naming the zone when it is not a valid IANA zone. */
export function assertTimeZone(timeZone: string): void {
  try {
    formatterFor(timeZone);
  } catch (error) {
    throw new RangeError(
      `Time zone "${timeZone}" is not a valid IANA zone name, such as "Asia/Shanghai".`,
      { cause: error },
    );
  }
}

/** The wall-clock fields of an instant in an IANA zone, whatever the host's zone. */
export function wallClockOf(instant: Date, timeZone: string): WallClock {
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError('Cannot format an invalid Date.');
  }

  const clock: WallClock = {
    year: 0,
    month: 0,
    day: 0,
    hour: 0,
    minute: 0,
    second: 0,
  };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in clock) {
      clock[part.type as keyof WallClock] = Number(part.value);
    }
  }
  return clock;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Formats an instant as a QR Master card time `yyMMddHHmm` in the given
 * zone, whatever the host's zone. Years outside 2000-2099 throw a
 * RangeError, because two digits cannot carry them.
 */
export function formatCardTime(instant: Date, timeZone: string): string {
  const clock = wallClockOf(instant, timeZone);
  if (clock.year < 2000 || clock.year > 2099) {
    throw new RangeError(
      `Card times must fall in the years 2000-2099; got ${clock.year}.`,
    );
  }

  return (
    twoDigits(clock.year % 100) +
    twoDigits(clock.month) +
    twoDigits(clock.day) +
    twoDigits(clock.hour) +
    twoDigits(clock.minute)
  );
}

/**
 * Formats the signature timestamp `T` (`yyyyMMddHHmmss`) in Asia/Shanghai
 * wall time, where QR Master's servers run.
 */
export function formatSignatureTimestamp(instant: Date): string {
  const clock = wallClockOf(instant, SIGNATURE_TIME_ZONE);

  return (
    String(clock.year).padStart(4, '0') +
    twoDigits(clock.month) +
    twoDigits(clock.day) +
    twoDigits(clock.hour) +
    twoDigits(clock.minute) +
    twoDigits(clock.second)
  );
}
