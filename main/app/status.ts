import type {
  AppStatus,
  KioskSettings,
  Settings,
} from '../../preload/contract';

/** Why card issuing is off, as the status reports it. */
export type IssuingBlock = NonNullable<AppStatus['issuing']['reason']>;

/** The part of the settings a guest screen may see. */
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

/** Staff-facing text for each reason issuing is off. */
export const issuingBlockMessages: Record<IssuingBlock, string> = {
  'credential-storage-unavailable':
    'Card issuing is off: secure credential storage (the OS keychain) is not available on this computer.',
  'no-credentials':
    'Card issuing is off: no QR Master account is saved; enter it in staff setup.',
  'community-not-set':
    'Card issuing is off: the QR Master community number is not set; enter it in staff settings.',
};
