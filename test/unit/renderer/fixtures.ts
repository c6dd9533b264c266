import type {
  AppStatus,
  GuestStay,
  IssuedKey,
} from '../../../preload/contract';

/** An app status as main sends it for a demo kiosk. */
export function kioskStatus(): AppStatus {
  return {
    version: '0.0.0-test',
    demo: true,
    connection: 'online',
    outboxLength: 0,
    issuing: { enabled: true },
    staffPinSet: false,
    kiosk: {
      propertyName: 'Test Hotel',
      propertyTimeZone: 'Asia/Shanghai',
      defaultCountry: 'CN',
      smsDefault: true,
      idleTimeoutSeconds: 60,
      idleWarningSeconds: 15,
      keyScreenSeconds: 60,
      staffIdleLockMinutes: 3,
      languages: ['en', 'zh-CN'],
      defaultLanguage: 'en',
      mode: 'kiosk',
      printingEnabled: false,
      helpContact: '',
    },
  };
}

export function guestStay(): GuestStay {
  return {
    ticket: 'ticket-0123456789abcdef',
    guestName: 'Li Wang',
    room: '101',
    arrivalAt: '2026-12-04T06:00:00.000Z',
    departureAt: '2026-12-06T04:00:00.000Z',
    phoneMasked: '+86 138****8000',
    phoneCountry: 'CN',
    existingKey: null,
  };
}

export function issuedKey(): IssuedKey {
  return {
    cardId: 1,
    cardNo: 'C0001',
    room: '101',
    validFrom: '2026-12-04T06:00:00.000Z',
    validUntil: '2026-12-06T04:00:00.000Z',
    smsSent: true,
    smsTo: '+86 138****8000',
    qrPng: 'iVBORw0KGgo=',
  };
}
