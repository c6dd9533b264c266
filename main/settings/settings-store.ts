import { readFileSync, renameSync } from 'node:fs';
import path from 'node:path';

import type { z } from 'zod';

import {
  defaultSettings,
  SettingsSchema,
  type Settings,
} from '../../preload/contract';
import { AppFailure } from '../errors';
import { createLogger } from '../logging/logger';
import {
  corruptBackupName,
  isMissingFile,
  writeFileAtomic,
} from './atomic-file';
import type { SettingsStore } from './types';

const log = createLogger('settings');

const MAX_VALUE_IN_MESSAGE = 80;

/** Returns the settings file of a data folder. */
export function settingsPath(dataDir: string): string {
  return path.join(dataDir, 'settings.json');
}

/**
 * Opens `<dataDir>/settings.json`. A missing file means defaults. A corrupt
 * or invalid file is renamed to `settings.json.corrupt-<time>`, defaults
 * apply and `notice()` tells staff.
 */
export function openSettingsStore(dataDir: string): SettingsStore {
  const file = settingsPath(dataDir);
  const loaded = load(file);
  let current = loaded.settings;

  return {
    get: () => structuredClone(current),
    update: (patch) => {
      const next = validate({ ...current, ...patch });
      writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
      current = next;
      log.info(`settings saved: ${Object.keys(patch).join(', ')}`);
      return structuredClone(current);
    },
    notice: () => loaded.notice,
  };
}

function load(file: string): { settings: Settings; notice?: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (isMissingFile(error)) return { settings: defaultSettings };
    throw error;
  }

  const parsed = parseSettings(text);
  if ('settings' in parsed) return parsed;

  const backup = corruptBackupName(file, new Date());
  renameSync(file, backup);
  log.warn(`settings file invalid (${parsed.problem}); kept it as ${backup}`);
  return {
    settings: defaultSettings,
    notice:
      `The settings file was invalid (${parsed.problem}), so default ` +
      `settings apply. The old file was kept as ${path.basename(backup)}; ` +
      'review the settings and save them again.',
  };
}

/** Validates stored text; keys missing from an older file take defaults. */
function parseSettings(
  text: string,
): { settings: Settings } | { problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { problem: `not JSON: ${(error as Error).message}` };
  }
  if (!isPlainObject(parsed)) return { problem: 'not a JSON object' };

  try {
    return { settings: validate({ ...defaultSettings, ...parsed }) };
  } catch (error) {
    if (error instanceof AppFailure) return { problem: error.detail.message };
    throw error;
  }
}

function validate(candidate: Record<string, unknown>): Settings {
  const unknown = findUnknownKey(candidate, defaultSettings);
  if (unknown !== undefined) {
    throw new AppFailure({
      code: 'invalid-request',
      field: unknown,
      message: `Unknown setting "${unknown}"; remove it.`,
    });
  }

  const result = SettingsSchema.safeParse(candidate);
  if (result.success) return result.data;

  throw new AppFailure({
    code: 'invalid-request',
    ...describeIssue(result.error, candidate),
  });
}

/** Names the first failing field, its value and what it accepts. */
function describeIssue(
  error: z.ZodError,
  candidate: unknown,
): { field: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { field: '', message: 'Settings are invalid.' };

  if (issue.code === 'unrecognized_keys') {
    const field = [...issue.path, ...issue.keys].join('.');
    return {
      field,
      message: `Unknown setting "${field}"; remove it.`,
    };
  }

  const field = issue.path.join('.');
  const value = valueAt(candidate, issue.path);
  return {
    field,
    message: `Setting ${field} ${formatValue(value)} is invalid: ${issue.message}.`,
  };
}

/**
 * Returns the dotted path of the first key that `template` lacks. The schema
 * rejects unknown top-level keys itself but strips them inside nested
 * objects, which would drop a typo silently.
 */
function findUnknownKey(
  candidate: Record<string, unknown>,
  template: object,
  prefix = '',
): string | undefined {
  for (const [key, value] of Object.entries(candidate)) {
    if (!Object.hasOwn(template, key)) return `${prefix}${key}`;

    const nested: unknown = (template as Record<string, unknown>)[key];
    if (isPlainObject(nested) && isPlainObject(value)) {
      const found = findUnknownKey(value, nested, `${prefix}${key}.`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(root: unknown, keys: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function formatValue(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > MAX_VALUE_IN_MESSAGE
    ? `${text.slice(0, MAX_VALUE_IN_MESSAGE)}...`
    : text;
}
