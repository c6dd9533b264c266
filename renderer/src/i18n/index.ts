import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import enCommon from './locales/en/common.json';
import enGuest from './locales/en/guest.json';
import enStaff from './locales/en/staff.json';
import zhCommon from './locales/zh-CN/common.json';
import zhGuest from './locales/zh-CN/guest.json';
import zhStaff from './locales/zh-CN/staff.json';

/** Every bundled translation, by language and namespace. */
export const resources = {
  en: { common: enCommon, guest: enGuest, staff: enStaff },
  'zh-CN': { common: zhCommon, guest: zhGuest, staff: zhStaff },
} as const;

/** Starts i18next with the bundled translations; no network loading. */
export function initI18n(language = 'en'): i18n {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    ns: ['common', 'guest', 'staff'],
    defaultNS: 'guest',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return i18next;
}
