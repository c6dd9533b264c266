import { z } from 'zod';

import {
  AppStatusSchema,
  AuditEntrySchema,
  AuditFilterSchema,
  CardRecordSchema,
  GroupProgressSchema,
  GroupResultSchema,
  GuestStaySchema,
  ImportReportSchema,
  InstantSchema,
  IssuedKeySchema,
  LocalDateSchema,
  LocalTimeSchema,
  LookupRequestSchema,
  NewReservationSchema,
  OutboxItemSchema,
  ReservationSchema,
  RoomTreeSchema,
  StaffSettingsViewSchema,
  E164Schema,
} from './models';
import { OperatingModeSchema, SettingsObjectSchema } from './settings';

const empty = z.object({}).strict();
const id = z.number().int().positive();
const pin = z.string().regex(/^\d{6,12}$/, 'must be 6 to 12 digits');
const ticket = z.string().min(16).max(128);

function channel<Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
) {
  return { request, response };
}

/**
 * Every request/response channel between the renderer and main, named
 * `domain:action`. Main registers one handler per entry and validates the
 * request with its schema; the preload and the browser host expose exactly
 * these, as `window.lobbykey.<domain>.<action in camelCase>`.
 */
export const channels = {
  /** Public state for every screen: demo, connection, kiosk settings. */
  'app:get-status': channel(empty, AppStatusSchema),
  /** Forwards a renderer error or message to main's log. */
  'app:log': channel(
    z
      .object({
        level: z.enum(['error', 'warn', 'info']),
        message: z.string().max(2000),
        stack: z.string().max(8000).optional(),
      })
      .strict(),
    z.object({}),
  ),
  /** Leaves kiosk mode or quits the app; needs the staff PIN. */
  'app:exit-kiosk': channel(z.object({ pin }).strict(), z.object({})),

  /** Finds a booking by code or phone plus a second factor. */
  'checkin:lookup': channel(LookupRequestSchema, GuestStaySchema),
  /** Issues (or returns the existing) card for the looked-up stay. */
  'checkin:issue-card': channel(
    z
      .object({
        ticket,
        sendSms: z.boolean(),
        /** A number the guest entered instead of the booking's. */
        phone: E164Schema.optional(),
      })
      .strict(),
    IssuedKeySchema,
  ),
  /**
   * Texts the stay's key again: a replacement card goes out by SMS and the
   * old one is cancelled. Once per ticket; a repeat returns the same card.
   */
  'checkin:resend-key': channel(z.object({ ticket }).strict(), IssuedKeySchema),
  /** Queues the card to be texted when the API is reachable again. */
  'checkin:queue-offline': channel(
    z.object({ ticket, phone: E164Schema.optional() }).strict(),
    z.object({ outboxId: id, smsTo: z.string() }),
  ),
  /** Ends the guest session in main: the ticket stops working. */
  'checkin:end-session': channel(
    z.object({ ticket: ticket.optional() }).strict(),
    z.object({}),
  ),

  'staff:get-pin-status': channel(
    empty,
    z.object({
      pinSet: z.boolean(),
      unlocked: z.boolean(),
      lockedUntil: InstantSchema.nullable(),
    }),
  ),
  /** Sets the first PIN; rejected once a PIN exists. */
  'staff:set-initial-pin': channel(z.object({ pin }).strict(), z.object({})),
  /** Opens the staff area in main until it locks or idles out. */
  'staff:unlock': channel(
    z.object({ pin }).strict(),
    z.object({ idleLockSeconds: z.number().int().positive() }),
  ),
  'staff:lock': channel(empty, z.object({})),
  /** Marks staff activity so the staff area does not idle-lock. */
  'staff:touch': channel(empty, z.object({})),
  /** Lifts the guest lookup's slow-down and lock after repeated misses. */
  'staff:clear-lookup-lock': channel(empty, z.object({})),
  'staff:change-pin': channel(
    z.object({ currentPin: pin, newPin: pin }).strict(),
    z.object({}),
  ),

  'settings:get': channel(empty, StaffSettingsViewSchema),
  /** Applies a partial settings change; the whole result is validated. */
  'settings:update': channel(
    z.object({ patch: SettingsObjectSchema.partial() }).strict(),
    StaffSettingsViewSchema,
  ),
  'settings:set-operating-mode': channel(
    z.object({ mode: OperatingModeSchema }).strict(),
    StaffSettingsViewSchema,
  ),
  'credentials:save': channel(
    z
      .object({
        accountSid: z
          .string()
          .regex(/^[A-Za-z0-9]{32}$/, 'must be 32 letters and digits'),
        authToken: z.string().min(1).max(128),
      })
      .strict(),
    StaffSettingsViewSchema,
  ),
  'credentials:delete': channel(empty, StaffSettingsViewSchema),
  /** Calls fetchRoomInfo with the saved credentials. */
  'credentials:test-connection': channel(empty, RoomTreeSchema),

  'reservations:list': channel(
    z
      .object({
        search: z.string().max(80).optional(),
        arrivalDate: LocalDateSchema.optional(),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    z.object({
      items: z.array(ReservationSchema),
      total: z.number().int(),
    }),
  ),
  'reservations:create': channel(NewReservationSchema, ReservationSchema),
  'reservations:import-csv': channel(
    z.object({ csv: z.string().max(5_000_000) }).strict(),
    ImportReportSchema,
  ),

  'cards:list': channel(
    z.object({ reservationId: id }).strict(),
    z.array(CardRecordSchema),
  ),
  /** Issues a card; validity may be narrowed within the stay. */
  'cards:issue': channel(
    z
      .object({
        reservationId: id,
        sendSms: z.boolean(),
        validFrom: InstantSchema.optional(),
        validUntil: InstantSchema.optional(),
      })
      .strict(),
    IssuedKeySchema,
  ),
  'cards:get-qr': channel(z.object({ cardId: id }).strict(), IssuedKeySchema),
  /** Makes a replacement card, texts it, and cancels the old one. */
  'cards:resend-sms': channel(
    z.object({ reservationId: id }).strict(),
    IssuedKeySchema,
  ),
  'cards:cancel': channel(z.object({ cardId: id }).strict(), CardRecordSchema),
  'cards:report-lost': channel(
    z.object({ cardId: id, wholeRoom: z.boolean() }).strict(),
    CardRecordSchema,
  ),
  /** Moves the departure and replaces the card with one ending then. */
  'cards:extend-stay': channel(
    z
      .object({
        reservationId: id,
        departureDate: LocalDateSchema,
        departureTime: LocalTimeSchema.optional(),
      })
      .strict(),
    IssuedKeySchema,
  ),
  /** Issues cards for many stays; progress arrives as events. */
  'cards:group-issue': channel(
    z
      .object({
        jobId: z.string().min(1).max(64),
        reservationIds: z.array(id).min(1).max(1000),
        sendSms: z.boolean(),
      })
      .strict(),
    z.object({ results: z.array(GroupResultSchema) }),
  ),

  'outbox:list': channel(empty, z.array(OutboxItemSchema)),
  'outbox:retry': channel(z.object({ id }).strict(), OutboxItemSchema),
  'outbox:cancel': channel(z.object({ id }).strict(), OutboxItemSchema),

  'audit:list': channel(AuditFilterSchema, z.array(AuditEntrySchema)),
  'audit:export-csv': channel(
    AuditFilterSchema,
    z.object({ fileName: z.string(), csv: z.string() }),
  ),
} as const;

/** Events main pushes to the renderer. */
export const events = {
  'app:status': AppStatusSchema,
  'cards:group-progress': GroupProgressSchema,
} as const;

export type Channel = keyof typeof channels;
export type EventName = keyof typeof events;

/** Request type a caller passes, before defaults apply. */
export type RequestOf<C extends Channel> = z.input<
  (typeof channels)[C]['request']
>;
/** Request type a handler receives after validation. */
export type ParsedRequestOf<C extends Channel> = z.output<
  (typeof channels)[C]['request']
>;
export type ResponseOf<C extends Channel> = z.output<
  (typeof channels)[C]['response']
>;
export type EventPayloadOf<E extends EventName> = z.output<(typeof events)[E]>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}

/** The IPC channel name main sends an event on, such as `event:app:status`. */
export function eventChannel(event: EventName): string {
  return `event:${event}`;
}
