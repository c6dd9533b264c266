import { z } from 'zod';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** True for an IANA time zone name that this runtime supports. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** True when `url` is https, or http to a loopback host (the simulator). */
export function isAllowedApiBaseUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname);
}

const TimeZoneSchema = z.string().max(64).refine(isKnownTimeZone, {
  message: 'must be an IANA time zone such as "Asia/Shanghai"',
});

const ClockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time "HH:mm"');

export const LanguageSchema = z.enum(['en', 'zh-CN']);
export type Language = z.infer<typeof LanguageSchema>;

export const KioskModeSchema = z.enum(['kiosk', 'front-desk']);
export const OperatingModeSchema = z.enum(['demo', 'live']);
export type OperatingMode = z.infer<typeof OperatingModeSchema>;

/**
 * Non-secret settings, stored as JSON in the data folder. The authToken is
 * not here: it lives in the OS keychain.
 */
export const SettingsObjectSchema = z
  .object({
    /** QR Master base URL: https, or http only to a loopback simulator. */
    apiBaseUrl: z.string().max(2048).refine(isAllowedApiBaseUrl, {
      message: 'must be an https URL (http is allowed only for 127.0.0.1)',
    }),
    /** QR Master community (property) number; empty until staff set it. */
    communityNo: z.string().regex(/^\d{0,20}$/, 'must contain digits only'),
    propertyName: z.string().min(1).max(80),
    /** Zone of the property's wall clock: check-in times, shown times. */
    propertyTimeZone: TimeZoneSchema,
    /** Zone the community's locks run in; card times are sent in it. */
    communityTimeZone: TimeZoneSchema,
    /** ISO 3166-1 alpha-2 region for phone numbers without a country code. */
    defaultCountry: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as "CN"'),
    checkInTime: ClockTimeSchema,
    checkOutTime: ClockTimeSchema,
    smsDefault: z.boolean(),
    /** Seconds without a touch before a guest session is reset. */
    idleTimeoutSeconds: z.number().int().min(20).max(600),
    /** Seconds the idle warning counts down before the reset. */
    idleWarningSeconds: z.number().int().min(5).max(60),
    /** Seconds the key screen stays before returning to welcome. */
    keyScreenSeconds: z.number().int().min(15).max(300),
    /** Minutes without a touch before the staff area locks itself. */
    staffIdleLockMinutes: z.number().int().min(1).max(60),
    languages: z.array(LanguageSchema).min(1).max(8),
    defaultLanguage: LanguageSchema,
    mode: KioskModeSchema,
    /** Explicit choice between the built-in simulator and the real API. */
    operatingMode: OperatingModeSchema,
    printing: z.object({
      enabled: z.boolean(),
      printerName: z.string().max(200),
    }),
    updates: z.object({
      /** electron-updater generic feed URL; empty turns updates off. */
      feedUrl: z.string().max(2048),
      /** Local hour (property zone) from which updates are checked. */
      quietHourStart: z.number().int().min(0).max(23),
      quietHourEnd: z.number().int().min(0).max(23),
    }),
    /** Phone number or extension guests call for help. */
    helpContact: z.string().max(80),
  })
  .strict();

/** Settings with the checks that span fields. */
export const SettingsSchema = SettingsObjectSchema.refine(
  (s) => s.languages.includes(s.defaultLanguage),
  {
    message: 'defaultLanguage must be one of languages',
    path: ['defaultLanguage'],
  },
);

export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings: Settings = {
  apiBaseUrl: 'https://api.uclbrt.com/',
  communityNo: '',
  propertyName: 'Lobbykey Demo Hotel',
  propertyTimeZone: 'Asia/Shanghai',
  communityTimeZone: 'Asia/Shanghai',
  defaultCountry: 'CN',
  checkInTime: '14:00',
  checkOutTime: '12:00',
  smsDefault: true,
  idleTimeoutSeconds: 60,
  idleWarningSeconds: 15,
  keyScreenSeconds: 60,
  staffIdleLockMinutes: 3,
  languages: ['en', 'zh-CN'],
  defaultLanguage: 'en',
  mode: 'kiosk',
  operatingMode: 'demo',
  printing: { enabled: false, printerName: '' },
  updates: { feedUrl: '', quietHourStart: 2, quietHourEnd: 5 },
  helpContact: '',
};

/** The part of the settings a guest screen needs; nothing staff-only. */
export const KioskSettingsSchema = z.object({
  propertyName: z.string(),
  propertyTimeZone: z.string(),
  defaultCountry: z.string(),
  smsDefault: z.boolean(),
  idleTimeoutSeconds: z.number(),
  idleWarningSeconds: z.number(),
  keyScreenSeconds: z.number(),
  staffIdleLockMinutes: z.number(),
  languages: z.array(LanguageSchema),
  defaultLanguage: LanguageSchema,
  mode: KioskModeSchema,
  printingEnabled: z.boolean(),
  helpContact: z.string(),
});
export type KioskSettings = z.infer<typeof KioskSettingsSchema>;
