import type { GuestCheckin } from '../checkin/guest-checkin';
import type { Handlers } from './dispatch';

export type GuestChannel =
  | 'checkin:lookup'
  | 'checkin:issue-card'
  | 'checkin:resend-key'
  | 'checkin:queue-offline'
  | 'checkin:end-session';

export type GuestHandlers = Pick<Handlers, GuestChannel>;

/** Builds the guest check-in channels on top of the check-in service. */
export function createGuestHandlers(checkin: GuestCheckin): GuestHandlers {
  return {
    'checkin:lookup': (request) => checkin.lookup(request),
    'checkin:issue-card': (request) => checkin.issueCard(request),
    'checkin:resend-key': (request) => checkin.resendKey(request.ticket),
    'checkin:queue-offline': (request) =>
      Promise.resolve(checkin.queueOffline(request)),
    'checkin:end-session': (request) => {
      checkin.endSession(request.ticket);
      return Promise.resolve({});
    },
  };
}
