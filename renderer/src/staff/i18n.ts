import i18next, { type i18n, type TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import en from '../i18n/locales/en/staff.json';
import zhCN from '../i18n/locales/zh-CN/staff.json';

/**
 * The staff namespace in its own i18next instance, so the staff screens
 * translate whether or not the shell's instance has loaded this namespace.
 * The language follows the shell's instance when it has one.
 */
export const staffI18n: i18n = i18next.createInstance();

void staffI18n.init({
  resources: { en: { staff: en }, 'zh-CN': { staff: zhCN } },
  lng: 'en',
  fallbackLng: 'en',
  ns: ['staff'],
  defaultNS: 'staff',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

export type StaffT = TFunction<'staff'>;

/** Returns the staff namespace's `t` and the active language. */
export function useStaffT(): { t: StaffT; language: string } {
  const { t, i18n } = useTranslation('staff', { i18n: staffI18n });
  return { t, language: i18n.language };
}

/** Keeps the staff language equal to the shell's language. */
export function useFollowShellLanguage(): void {
  const { i18n: shell } = useTranslation();
  const shellLanguage = shell?.language;

  useEffect(() => {
    if (shellLanguage && shellLanguage !== staffI18n.language) {
      void staffI18n.changeLanguage(shellLanguage);
    }
  }, [shellLanguage]);
}
