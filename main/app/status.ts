import type {
  AppStatus,
  KioskSettings,
  Settings,
} from '../../preload/contract';

/** Reason card issuing is off, as the status reports it. */
export type IssuingBlock = NonNullable<AppStatus['issuing']['reason']>;

/** Returns the part of the settings a guest screen may see. */
export function kioskSettingsOf(settings: Settings): KioskSettings {
  return {
    propertyName: settings.propertyName,
    propertyTimeZone: settings.propertyTimeZone,
    defaultCountry: settings.defaultCountry,
    smsDefault: settings.smsDefault,
    idleTimeoutSeconds: settings.idleTimeoutSeconds,
    idleWarningSeconds: settings.idleWarningSeconds,
    keyScreenSeconds: settings.keyScreenSeconds,
    staffIdleLockMinutes: settings.staffIdleLockMinutes,
    languages: settings.languages,
    defaultLanguage: settings.defaultLanguage,
    mode: settings.mode,
    printingEnabled: settings.printing.enabled,
    helpContact: settings.helpContact,
  };
}
