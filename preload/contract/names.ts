import type { Channel, EventName } from './channels';

// The names alone, without the zod schemas, so the browser host's bridge can
// build `window.lobbykey` without loading zod. The type checks below fail
// when a channel or event is added to channels.ts but not here.

export const channelNames = [
  'app:get-status',
  'app:log',
  'app:exit-kiosk',
  'checkin:lookup',
  'checkin:issue-card',
  'checkin:resend-key',
  'checkin:queue-offline',
  'checkin:end-session',
  'staff:get-pin-status',
  'staff:set-initial-pin',
  'staff:unlock',
  'staff:lock',
  'staff:touch',
  'staff:clear-lookup-lock',
  'staff:change-pin',
  'settings:get',
  'settings:update',
  'settings:set-operating-mode',
  'credentials:save',
  'credentials:delete',
  'credentials:test-connection',
  'reservations:list',
  'reservations:create',
  'reservations:import-csv',
  'cards:list',
  'cards:issue',
  'cards:get-qr',
  'cards:resend-sms',
  'cards:cancel',
  'cards:report-lost',
  'cards:extend-stay',
  'cards:group-issue',
  'outbox:list',
  'outbox:retry',
  'outbox:cancel',
  'audit:list',
  'audit:export-csv',
] as const satisfies readonly Channel[];

export const eventNames = [
  'app:status',
  'cards:group-progress',
] as const satisfies readonly EventName[];

type Unlisted<All, Listed> = [Exclude<All, Listed>] extends [never]
  ? true
  : Exclude<All, Listed>;
export const everyChannelListed: Unlisted<
  Channel,
  (typeof channelNames)[number]
> = true;
export const everyEventListed: Unlisted<
  EventName,
  (typeof eventNames)[number]
> = true;

const eventNameSet: ReadonlySet<string> = new Set(eventNames);

/** True for an event name the contract defines. */
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && eventNameSet.has(name);
}
