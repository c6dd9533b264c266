import type {
  AppStatus,
  KioskSettings,
  Settings,
} from '../../preload/contract';
import type { SettingsStore, StaffPin } from '../settings/types';
import type { Storage } from '../storage/types';

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

/** Builds the public status every screen reads. */
export function statusOf(parts: {
  version: string;
  target: {
    demo: boolean;
    issuingBlock: IssuingBlock | null;
  };
  connection: AppStatus['connection'];
  storage: Storage;
  settings: SettingsStore;
  pin: StaffPin;
}): AppStatus {
  const notice = parts.settings.notice();
  return {
    version: parts.version,
    demo: parts.target.demo,
    connection: parts.connection,
    outboxLength: parts.storage.outbox.countOpen(),
    issuing: parts.target.issuingBlock
      ? { enabled: false, reason: parts.target.issuingBlock }
      : { enabled: true },
    ...(notice ? { settingsNotice: notice } : {}),
    staffPinSet: parts.pin.isSet(),
    kiosk: kioskSettingsOf(parts.settings.get()),
  };
}
