import { isAppFailure } from '../errors';
import { createLogger } from '../logging/logger';
import type { StaffContext } from './context';
import type { StaffHandlers } from './types';

const log = createLogger('staff');

type GroupRequest = Parameters<StaffHandlers['cards:group-issue']>[0];
type GroupResponse = Awaited<ReturnType<StaffHandlers['cards:group-issue']>>;
type GroupResult = GroupResponse['results'][number];

/**
 * Maximum card issues in flight at once. QR Master documents a quota
 * error (status 4005) but no rate, so this is a choice: enough parallel
 * calls to hide network latency, few enough not to burst the cloud API.
 */
export const GROUP_CONCURRENCY = 8;

function success(reservationId: number, cardNo: string): GroupResult {
  return { reservationId, ok: true, cardNo, errorCode: null, message: null };
}

// A retry after an unknown outcome can make a second card on the server,
// so the row asks staff to check the room first.
const OUTCOME_UNKNOWN_MESSAGE =
  'QR Master did not answer in time, so a card may exist for this stay; check the room in QR Master before retrying.';

function failure(reservationId: number, error: unknown): GroupResult {
  if (isAppFailure(error)) {
    const { code } = error.detail;
    return {
      reservationId,
      ok: false,
      cardNo: null,
      errorCode: code,
      message:
        code === 'outcome-unknown'
          ? OUTCOME_UNKNOWN_MESSAGE
          : error.detail.message,
    };
  }
  log.error(`group issue for reservation ${reservationId} threw`, error);
  return {
    reservationId,
    ok: false,
    cardNo: null,
    errorCode: 'internal',
    message: 'Internal error; see the log.',
  };
}

function notAttempted(reservationId: number): GroupResult {
  return {
    reservationId,
    ok: false,
    cardNo: null,
    errorCode: 'network-unavailable',
    message:
      'Not attempted because the QR Master API is unreachable; retry when the network is back.',
  };
}

/**
 * Issues cards for many stays, at most GROUP_CONCURRENCY at a time, and
 * pushes `cards:group-progress` after every row. Returns one result per
 * distinct reservation in request order. CardService.issue returns a
 * stay's active card instead of issuing a second one, so calling again
 * with the failed ids is safe. Once a row fails with `network-unavailable`
 * the rows not yet started are reported as not attempted, so an outage
 * costs one timeout per row in flight, not one per row.
 *
 * NOTE: when getLink's response is lost after the server made a card, the
 * card service issues one follow-up card, so the stay has one card here but
 * the server keeps the first one until its end time. The benchmark
 * counts these server-only cards.
 */
export async function issueGroup(
  context: StaffContext,
  request: GroupRequest,
): Promise<GroupResponse> {
  const ids = [...new Set(request.reservationIds)];
  const results = new Map<number, GroupResult>();
  let next = 0;
  let offline = false;

  const report = (result: GroupResult): void => {
    results.set(result.reservationId, result);
    context.deps.emit('cards:group-progress', {
      jobId: request.jobId,
      done: results.size,
      total: ids.length,
    });
  };

  const issueOne = async (reservationId: number): Promise<void> => {
    try {
      const key = await context.deps.cards.issue(reservationId, {
        sendSms: request.sendSms,
        actor: 'staff',
      });
      report(success(reservationId, key.cardNo));
    } catch (error) {
      if (isAppFailure(error) && error.detail.code === 'network-unavailable') {
        offline = true;
      }
      report(failure(reservationId, error));
    }
  };

  const worker = async (): Promise<void> => {
    while (next < ids.length) {
      const reservationId = ids[next] as number;
      next += 1;
      if (offline) report(notAttempted(reservationId));
      else await issueOne(reservationId);
    }
  };

  log.info(`group issue ${request.jobId}: ${ids.length} reservations`);
  const workers = Math.min(GROUP_CONCURRENCY, ids.length);
  await Promise.all(Array.from({ length: workers }, worker));

  const ordered = ids.map((id) => results.get(id) as GroupResult);
  summarise(context, request.jobId, ordered);
  return { results: ordered };
}

function summarise(
  context: StaffContext,
  jobId: string,
  results: readonly GroupResult[],
): void {
  const failed = results.filter((result) => !result.ok).length;
  const summary = `job ${jobId}: ${results.length - failed} issued, ${failed} failed`;
  log.info(`group issue ${summary}`);
  context.audit('cards.group-issued', summary);
}
