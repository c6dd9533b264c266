import { z } from 'zod';

import { E164Schema, InstantSchema } from '../../preload/contract';
import { AppFailure } from '../errors';
import { maskPhone } from '../logging/redact';
import type { ReservationRecord, Storage } from '../storage/types';
import { splitPhone } from './phone';
import { cardWindowOf, type StayTimes } from './stay';

/** A queued check-in as stored in the outbox: no token, no secret. */
export const QueuedCheckinSchema = z.object({
  sendSms: z.literal(true),
  phoneE164: E164Schema,
  validFrom: InstantSchema,
  validUntil: InstantSchema,
});
export type QueuedCheckin = z.infer<typeof QueuedCheckinSchema>;

/**
 * Queues a guest check-in for the outbox worker: texted by SMS, because the
 * guest will not be at the screen when it is sent. A second request for the
 * same stay returns the row already waiting.
 */
export function queueCheckin(
  storage: Storage,
  request: {
    reservation: ReservationRecord;
    times: StayTimes;
    now: Date;
    phoneE164: string | null;
  },
): { outboxId: number; smsTo: string } {
  const { reservation } = request;
  if (!request.phoneE164) {
    throw new AppFailure({
      code: 'invalid-request',
      message: `Booking ${reservation.confirmationCode} has no phone number; enter the mobile number the key should be texted to.`,
      field: 'phone',
    });
  }
  const phone = splitPhone(request.phoneE164);
  if (storage.cards.activeForReservation(reservation.id)) {
    throw new AppFailure({
      code: 'conflict',
      message: `Booking ${reservation.confirmationCode} already has an active card.`,
    });
  }

  const waiting = storage.outbox
    .list()
    .find(
      (row) =>
        row.reservationId === reservation.id &&
        (row.state === 'pending' || row.state === 'sending'),
    );
  if (waiting) return { outboxId: waiting.id, smsTo: maskPhone(phone.e164) };

  const window = cardWindowOf(request.times, request.now);
  const payload: QueuedCheckin = {
    sendSms: true,
    phoneE164: phone.e164,
    validFrom: window.validFrom.toISOString(),
    validUntil: window.validUntil.toISOString(),
  };
  const row = storage.transaction(() => {
    const queued = storage.outbox.enqueue(
      'issue-card',
      reservation.id,
      payload,
    );
    storage.audit.record({
      actor: 'guest',
      action: 'card.queued',
      reservationId: reservation.id,
      cardNo: null,
      room: reservation.room,
      detail: JSON.stringify({
        outboxId: queued.id,
        phone: maskPhone(phone.e164),
      }),
    });
    return queued;
  });
  return { outboxId: row.id, smsTo: maskPhone(phone.e164) };
}
