// Parameter checks of the simulated API, returning the vendor's codes.
import { answer, type Answer } from './state';

/** Reads a field as the server does: numbers count, null and "" are absent. */
export function fieldText(
  fields: Record<string, unknown>,
  name: string,
): string | undefined {
  const value = fields[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  // An object or a list where a scalar belongs fails every format check.
  return '[object]';
}

/** Returns the 4001 answer for a missing field. */
export function missing(name: string): Answer {
  return answer(4001, `${name} is required`);
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/** True for free-text place numbers: no controls, no path syntax, 1-32 long. */
export function isPlaceNumber(value: string): boolean {
  return (
    value.length <= 32 &&
    value.trim() !== '' &&
    !CONTROL_CHARACTERS.test(value) &&
    !/[/\\]|\.\./.test(value)
  );
}

/** True for a real `yyMMddHHmm` time in the years 2000-2099. */
export function isCardTime(value: string): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (!match) return false;

  const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = match
    .slice(1)
    .map(Number);
  const date = new Date(Date.UTC(2000 + year, month - 1, day));
  return (
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60
  );
}

/** Checks an optional choice field such as cardType; returns it or a 400. */
export function readChoice(
  fields: Record<string, unknown>,
  name: string,
  allowed: readonly string[],
  fallback: string,
): string | Answer {
  const value = fieldText(fields, name) ?? fallback;
  return allowed.includes(value)
    ? value
    : answer(400, `${name} must be one of ${allowed.join(', ')}`);
}

export function isAnswer(value: unknown): value is Answer {
  return typeof value === 'object' && value !== null && 'status' in value;
}
