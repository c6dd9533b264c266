import { AppFailure } from '../errors';
import { createLogger } from '../logging/logger';
import { maskPhone } from '../logging/redact';
import { isQrMasterError } from '../qrmaster/errors';
import type { GetLinkParams, QrMasterApi } from '../qrmaster/types';
import type { AuditLog, ReservationRecord } from '../storage/types';
import { toAppFailure } from './errors';
import type { CardHolderPhone } from './phone';
import type { CardWindow } from './stay';
import type { Actor } from './types';

const log = createLogger('checkin');

const OUT_INFO_MAX_LENGTH = 20;

/** Request for one getLink call. */
export interface MintRequest {
  reservation: ReservationRecord;
  phone: CardHolderPhone;
  window: CardWindow;
  sendSms: boolean;
  actor: Actor;
  /** Another stay has an active card for the same room. */
  roomShared: boolean;
}

/** A card the server made. */
export interface MintedCard {
  cardNo: string;
  /** Whether an SMS certainly went out for this card. */
  smsSent: boolean;
}

/** Reports whether a call reached the server, for the connection monitor. */
export type ApiOutcomeListener = (reached: boolean) => void;

/**
 * Builds the caller's reference for a card: "LK", the reservation id and the
 * confirmation code's letters and digits, at most 20 characters.
 */
export function outInfoFor(reservation: ReservationRecord): string {
  const code = reservation.confirmationCode.replace(/[^A-Za-z0-9]/g, '');
  return `LK${reservation.id}${code}`
    .toUpperCase()
    .slice(0, OUT_INFO_MAX_LENGTH);
}

function getLinkParams(request: MintRequest): GetLinkParams {
  const { reservation, phone, window } = request;
  return {
    mobile: phone.mobile,
    areaCode: phone.areaCode,
    ...(reservation.building ? { buildNo: reservation.building } : {}),
    ...(reservation.floor ? { floorNo: reservation.floor } : {}),
    roomNo: reservation.room,
    startTime: window.validFrom,
    endTime: window.validUntil,
    sendSms: request.sendSms,
    outInfo: outInfoFor(reservation),
  };
}

/**
 * Makes one card with getLink. When the first call's outcome is unknown (it
 * timed out after sending), the server may have made a card and sent its
 * SMS, so the follow-up never texts. A guest or staff member at a screen
 * gets exactly one follow-up getLink with sendSms=0 and isLost=1, so the
 * first time the new card is shown to the lock it disables the room's
 * earlier cards, including the one whose response was lost. An outbox row
 * gets no follow-up at all. Both steps go to the audit log.
 */
export class CardMinter {
  constructor(
    private readonly audit: AuditLog,
    private readonly onApiOutcome: ApiOutcomeListener,
  ) {}

  async mint(api: QrMasterApi, request: MintRequest): Promise<MintedCard> {
    const params = getLinkParams(request);
    try {
      const { cardNo } = await this.call(() => api.getLink(params));
      return { cardNo, smsSent: request.sendSms };
    } catch (error) {
      if (!isOutcomeUnknown(error)) throw this.failure(request, error);
    }

    this.record(request, 'card.outcome-unknown', {
      sendSms: request.sendSms,
      outInfo: params.outInfo,
    });
    if (request.actor === 'outbox') {
      throw new AppFailure({
        code: 'outcome-unknown',
        message:
          'QR Master did not answer getLink in time; the card may exist. Check the room in QR Master before retrying.',
      });
    }
    return this.followUp(api, request, params);
  }

  private async followUp(
    api: QrMasterApi,
    request: MintRequest,
    params: GetLinkParams,
  ): Promise<MintedCard> {
    log.warn(
      `getLink outcome unknown for reservation ${request.reservation.id}; one follow-up without SMS`,
    );
    // The API offers no lookup by outInfo or mobile, so a card made by the
    // lost request cannot be found and cancelled. isLost=1 makes the lock
    // drop it instead. NOTE: in a room another stay shares, isLost would
    // also disable that stay's card, so there the follow-up is a plain card
    // and the lost one stays valid until its end; the audit entry
    // card.outcome-unknown asks staff to check the room in QR Master.
    const supersedes = !request.roomShared;
    try {
      const { cardNo } = await this.call(() =>
        api.getLink({ ...params, sendSms: false, isLost: supersedes }),
      );
      this.record(request, 'card.follow-up-issued', {
        sendSms: false,
        isLost: supersedes,
        cardNo,
      });
      return { cardNo, smsSent: false };
    } catch (error) {
      this.record(request, 'card.follow-up-failed', {
        error: isQrMasterError(error) ? error.code : 'internal',
      });
      throw this.failure(request, error);
    }
  }

  private call<T>(work: () => Promise<T>): Promise<T> {
    return trackApiOutcome(this.onApiOutcome, work);
  }

  private failure(request: MintRequest, error: unknown): unknown {
    if (!isQrMasterError(error)) return error;
    this.record(request, 'card.issue-failed', { error: error.code });
    return toAppFailure(error);
  }

  private record(
    request: MintRequest,
    action: string,
    detail: Record<string, unknown>,
  ): void {
    this.audit.record({
      actor: request.actor,
      action,
      reservationId: request.reservation.id,
      cardNo: typeof detail.cardNo === 'string' ? detail.cardNo : null,
      room: request.reservation.room,
      detail: JSON.stringify({
        ...detail,
        phone: maskPhone(request.phone.e164),
      }),
    });
  }
}

const unreachableCodes = new Set(['network-unavailable', 'outcome-unknown']);

/**
 * Runs one API call and reports to the listener whether the server
 * responded. Any response counts, even an error status. No connection or no
 * response does not.
 */
export async function trackApiOutcome<T>(
  listener: ApiOutcomeListener,
  work: () => Promise<T>,
): Promise<T> {
  try {
    const result = await work();
    listener(true);
    return result;
  } catch (error) {
    if (isQrMasterError(error)) listener(!unreachableCodes.has(error.code));
    throw error;
  }
}

function isOutcomeUnknown(error: unknown): boolean {
  return isQrMasterError(error) && error.code === 'outcome-unknown';
}
