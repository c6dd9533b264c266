import { z } from 'zod';

import { KioskSettingsSchema, SettingsSchema } from './settings';

// Limits that keep a misbehaving renderer from sending huge payloads.
const shortText = z.string().max(120);
const id = z.number().int().positive();
/** ISO 8601 instant, for example "2026-12-04T06:00:00.000Z". */
export const InstantSchema = z.iso.datetime({ offset: true });
/** Calendar date "YYYY-MM-DD" in the property's time zone. */
export const LocalDateSchema = z.iso.date();
/** Wall-clock time "HH:mm" in the property's time zone. */
export const LocalTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time "HH:mm"');
/** Phone number in E.164 form, for example "+8613800138000". */
export const E164Schema = z
  .string()
  .regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number such as +8613800138000');

export const ConnectionStateSchema = z.enum(['online', 'offline', 'unknown']);

export const AppStatusSchema = z.object({
  version: z.string(),
  demo: z.boolean(),
  connection: ConnectionStateSchema,
  outboxLength: z.number().int().nonnegative(),
  /** Whether cards can be issued now, and if not, why (for staff). */
  issuing: z.object({
    enabled: z.boolean(),
    reason: z
      .enum([
        'credential-storage-unavailable',
        'no-credentials',
        'community-not-set',
      ])
      .optional(),
  }),
  /** A notice staff should see, such as settings reset to defaults. */
  settingsNotice: z.string().optional(),
  staffPinSet: z.boolean(),
  kiosk: KioskSettingsSchema,
});
export type AppStatus = z.infer<typeof AppStatusSchema>;

/** A card as the guest and staff screens show it. */
export const IssuedKeySchema = z.object({
  cardId: id,
  cardNo: z.string(),
  room: z.string(),
  validFrom: InstantSchema,
  validUntil: InstantSchema,
  smsSent: z.boolean(),
  /** Masked number the key link was texted to, for example "+86 138****8000". */
  smsTo: z.string().nullable(),
  /** Base64 PNG of the QR code shown to the lock. */
  qrPng: z.string(),
});
export type IssuedKey = z.infer<typeof IssuedKeySchema>;

/** A booking found by a guest, with a ticket that authorises issuing. */
export const GuestStaySchema = z.object({
  /** Opaque, short-lived; the only handle the guest screens get. */
  ticket: z.string(),
  guestName: z.string(),
  room: z.string(),
  arrivalAt: InstantSchema,
  departureAt: InstantSchema,
  phoneMasked: z.string().nullable(),
  /** ISO region of the booking's phone number, for the country picker. */
  phoneCountry: z.string().nullable(),
  existingKey: IssuedKeySchema.nullable(),
});
export type GuestStay = z.infer<typeof GuestStaySchema>;

export const LookupRequestSchema = z
  .object({
    booking: z.discriminatedUnion('by', [
      z.object({ by: z.literal('code'), code: z.string().min(1).max(40) }),
      z.object({ by: z.literal('phone'), phone: E164Schema }),
    ]),
    secondFactor: z.discriminatedUnion('by', [
      z.object({
        by: z.literal('surname'),
        surname: z.string().min(1).max(80),
      }),
      z.object({
        by: z.literal('phone-digits'),
        digits: z.string().regex(/^\d{4}$/, 'must be the last 4 digits'),
      }),
    ]),
  })
  .strict();

export const CardStatusSchema = z.enum([
  'active',
  'cancelled',
  'lost',
  'replaced',
]);

export const CardRecordSchema = z.object({
  id,
  cardNo: z.string(),
  reservationId: id,
  room: z.string(),
  validFrom: InstantSchema,
  validUntil: InstantSchema,
  smsSent: z.boolean(),
  status: CardStatusSchema,
  issuedAt: InstantSchema,
  endedAt: InstantSchema.nullable(),
});
export type CardRecord = z.infer<typeof CardRecordSchema>;

export const ReservationStatusSchema = z.enum([
  'booked',
  'checked-in',
  'checked-out',
  'cancelled',
]);

export const ReservationSchema = z.object({
  id,
  confirmationCode: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  /** Never the full number: renderers see it masked. */
  phoneMasked: z.string().nullable(),
  building: z.string().nullable(),
  floor: z.string().nullable(),
  room: z.string(),
  arrivalAt: InstantSchema,
  /** Null when the booking has no departure; such a booking gets no card. */
  departureAt: InstantSchema.nullable(),
  status: ReservationStatusSchema,
  activeCard: CardRecordSchema.nullable(),
});
export type Reservation = z.infer<typeof ReservationSchema>;

export const NewReservationSchema = z
  .object({
    confirmationCode: z.string().min(1).max(40).optional(),
    firstName: z.string().min(1).max(80),
    lastName: z.string().min(1).max(80),
    /** As typed by staff; normalised in main with defaultCountry. */
    phone: z.string().max(32).optional(),
    building: z.string().max(20).optional(),
    floor: z.string().max(20).optional(),
    room: z.string().min(1).max(20),
    arrivalDate: LocalDateSchema,
    arrivalTime: LocalTimeSchema.optional(),
    departureDate: LocalDateSchema,
    departureTime: LocalTimeSchema.optional(),
  })
  .strict();

export const ImportReportSchema = z.object({
  imported: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  rejected: z.array(
    z.object({
      /** 1-based line in the file, counting the header as line 1. */
      line: z.number().int().positive(),
      confirmationCode: z.string().nullable(),
      reason: z.string(),
    }),
  ),
});

export const RoomTreeSchema = z.object({
  buildings: z.array(
    z.object({
      number: z.string(),
      name: z.string(),
      floors: z.array(
        z.object({
          number: z.string(),
          name: z.string(),
          rooms: z.array(
            z.object({
              roomNo: z.string(),
              lockNo: z.string(),
              roomType: z.string(),
              lockType: z.string(),
            }),
          ),
        }),
      ),
    }),
  ),
});

export const OutboxItemSchema = z.object({
  id,
  operation: z.enum(['issue-card']),
  reservationId: id.nullable(),
  room: z.string().nullable(),
  guestName: z.string().nullable(),
  state: z.enum(['pending', 'sending', 'sent', 'needs-staff', 'cancelled']),
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: InstantSchema.nullable(),
  lastError: z.string().nullable(),
  createdAt: InstantSchema,
});

export const AuditEntrySchema = z.object({
  id,
  at: InstantSchema,
  /** "guest", "staff", "system" or "outbox". */
  actor: z.string(),
  action: z.string(),
  reservationId: id.nullable(),
  cardNo: z.string().nullable(),
  room: z.string().nullable(),
  detail: z.string().nullable(),
});

export const AuditFilterSchema = z
  .object({
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
    room: shortText.optional(),
    action: shortText.optional(),
    limit: z.number().int().min(1).max(5000).default(500),
  })
  .strict();

export const CredentialsStateSchema = z.object({
  accountSid: z.string().nullable(),
  /** The token is write-only: renderers learn only that one is saved. */
  tokenSaved: z.boolean(),
  storage: z.enum(['available', 'unavailable']),
});

export const StaffSettingsViewSchema = z.object({
  settings: SettingsSchema,
  credentials: CredentialsStateSchema,
  notice: z.string().optional(),
});

export const GroupResultSchema = z.object({
  reservationId: id,
  ok: z.boolean(),
  cardNo: z.string().nullable(),
  errorCode: z.string().nullable(),
  message: z.string().nullable(),
});

export const GroupProgressSchema = z.object({
  jobId: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
