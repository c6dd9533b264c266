import { readFileSync } from 'node:fs';
import path from 'node:path';

import { defaultSettings, SettingsObjectSchema } from '../../preload/contract';
import { createLogger } from '../logging/logger';
import type { UpdateSchedule } from './update-policy';

const log = createLogger('update-settings');

// The file contains every setting, and only these two are read here.
const UpdateFieldsSchema = SettingsObjectSchema.pick({
  updates: true,
  propertyTimeZone: true,
}).loose();

function scheduleOf(fields: {
  updates: typeof defaultSettings.updates;
  propertyTimeZone: string;
}): UpdateSchedule {
  return { ...fields.updates, timeZone: fields.propertyTimeZone };
}

/**
 * Reads the update schedule from `<dataDir>/settings.json`. A missing file
 * means the defaults, which turn updates off. An unreadable or invalid file
 * falls back to them too and logs a warning, because the settings service
 * reports that file's problems to staff itself.
 *
 * NOTE: this reads the settings file directly because the app services do
 * not expose the settings to the shell; keep the file name in step with
 * the settings store.
 */
export function readUpdateSchedule(dataDir: string): UpdateSchedule {
  const file = path.join(dataDir, 'settings.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // No settings file yet: a fresh install runs on the defaults.
    return scheduleOf(defaultSettings);
  }

  try {
    const parsed = UpdateFieldsSchema.safeParse(JSON.parse(text));
    if (parsed.success) return scheduleOf(parsed.data);
    log.warn(`invalid update settings in ${file}; updates use the defaults`);
  } catch (error) {
    log.warn(`unreadable ${file}; updates use the defaults`, error);
  }
  return scheduleOf(defaultSettings);
}
