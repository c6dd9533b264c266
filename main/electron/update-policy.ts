/** Update settings as stored in `settings.updates`, plus the property zone. */
export interface UpdateSchedule {
  /** electron-updater generic feed URL; empty turns updates off. */
  feedUrl: string;
  quietHourStart: number;
  quietHourEnd: number;
  /** IANA zone the quiet hours are read in (the property's wall clock). */
  timeZone: string;
}

/** Returns the hour (0 to 23) of `now` on the wall clock of `timeZone`. */
export function hourInZone(now: Date, timeZone: string): number {
  const hour = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    hourCycle: 'h23',
  }).format(now);
  return Number(hour);
}

/**
 * True when `now` falls in the quiet hours: from `quietHourStart` up to,
 * not including, `quietHourEnd`, read in the schedule's zone. A window may
 * wrap midnight (23 to 4). Equal start and end hours mean the whole day.
 */
export function isQuietHour(now: Date, schedule: UpdateSchedule): boolean {
  const hour = hourInZone(now, schedule.timeZone);
  const { quietHourStart: start, quietHourEnd: end } = schedule;

  if (start === end) return true;
  if (start < end) return hour >= start && hour < end;
  return hour >= start || hour < end;
}

/** Returns true when a feed URL is set, so updates are on. */
export function updatesEnabled(schedule: UpdateSchedule): boolean {
  return schedule.feedUrl.trim() !== '';
}

export interface InstallState {
  /** An update has been downloaded and waits to be installed. */
  downloaded: boolean;
  /** A guest request is in flight (`services.isBusy()`). */
  busy: boolean;
  /** A guest is somewhere between the welcome screen and the key screen. */
  guestSessionActive: boolean;
  /** The current time falls in the quiet hours. */
  quietHour: boolean;
}

/**
 * Decides whether to quit and install a downloaded update now: only in the
 * quiet hours, with no guest request in flight and no guest at the screen.
 */
export function shouldInstallNow(state: InstallState): boolean {
  return (
    state.downloaded &&
    state.quietHour &&
    !state.busy &&
    !state.guestSessionActive
  );
}
