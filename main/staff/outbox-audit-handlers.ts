import type { ResponseOf } from '../../preload/contract';
import { localDateIn } from '../checkin/zoned-time';
import { AppFailure } from '../errors';
import type { OutboxRecord, Storage } from '../storage/types';
import type { StaffContext } from './context';
import { invalidRequest } from './failures';
import type { StaffHandlers } from './types';

type OutboxAuditChannel =
  | 'outbox:list'
  | 'outbox:retry'
  | 'outbox:cancel'
  | 'audit:list'
  | 'audit:export-csv';

/** Builds the view of an outbox row: room and guest name, never the phone. */
function toOutboxItem(
  record: OutboxRecord,
  storage: Storage,
): ResponseOf<'outbox:retry'> {
  const reservation =
    record.reservationId === null
      ? null
      : storage.reservations.getById(record.reservationId);
  return {
    id: record.id,
    operation: record.operation,
    reservationId: record.reservationId,
    room: reservation?.room ?? null,
    guestName: reservation
      ? `${reservation.firstName} ${reservation.lastName}`
      : null,
    state: record.state,
    attempts: record.attempts,
    nextAttemptAt: record.nextAttemptAt,
    lastError: record.lastError,
    createdAt: record.createdAt,
  };
}

function requireOutboxRow(storage: Storage, id: number): OutboxRecord {
  const record = storage.outbox.getById(id);
  if (record) return record;
  throw invalidRequest('id', `No outbox entry with id ${id}; reload the list.`);
}

/** Creates the outbox:* and audit:* handlers. */
export function createOutboxAuditHandlers(
  context: StaffContext,
): Pick<StaffHandlers, OutboxAuditChannel> {
  const { storage, outbox } = context.deps;

  return {
    'outbox:list': () =>
      Promise.resolve(
        storage.outbox.list().map((record) => toOutboxItem(record, storage)),
      ),

    // The store rejects rows already sent, sending or cancelled as a
    // conflict that names their state.
    'outbox:retry': (request) => {
      const record = requireOutboxRow(storage, request.id);
      storage.outbox.retryNow(record.id);
      outbox.poke();
      context.audit('outbox.retried', `outbox ${record.id}`, {
        reservationId: record.reservationId,
      });
      return Promise.resolve(
        toOutboxItem(requireOutboxRow(storage, record.id), storage),
      );
    },

    'outbox:cancel': (request) => {
      const record = requireOutboxRow(storage, request.id);
      // The worker may already have reached the server for a row that is
      // being sent, so cancelling it would hide a card that exists.
      if (record.state === 'sending') {
        throw new AppFailure({
          code: 'conflict',
          message: `Outbox entry ${record.id} is being sent now; wait for the result and reload.`,
        });
      }
      storage.outbox.cancel(record.id);
      context.audit('outbox.cancelled', `outbox ${record.id}`, {
        reservationId: record.reservationId,
      });
      return Promise.resolve(
        toOutboxItem(requireOutboxRow(storage, record.id), storage),
      );
    },

    'audit:list': (request) => Promise.resolve(storage.audit.list(request)),

    'audit:export-csv': (request) => {
      const csv = storage.audit.exportCsv(request);
      const zone = context.deps.settings.get().propertyTimeZone;
      const fileName = `lobbykey-audit-${localDateIn(context.deps.now(), zone)}.csv`;
      context.audit('audit.exported', fileName);
      return Promise.resolve({ fileName, csv });
    },
  };
}
