/** Formats an ISO instant as a date and time in a zone and language. */
export function formatStayTime(
  iso: string,
  timeZone: string,
  language: string,
): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** Formats seconds as "m:ss" for countdowns. */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return `${minutes}:${rest}`;
}
