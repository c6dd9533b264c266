// The simulator's records: issued cards and received requests.

export type CardState = 'active' | 'cancelled' | 'lost';

/** A card the simulator issued, with what the caller asked for. */
export interface SimCard {
  cardNo: string;
  state: CardState;
  accountSid: string;
  mobile: string;
  areaCode: string;
  sendSms: boolean;
  /** Texts the platform would have sent: 1 for a card made with sendSms. */
  smsSent: number;
  cardType: number;
  buildNo?: string;
  floorNo?: string;
  roomNo?: string;
  /** `yyMMddHHmm` in the community's zone, as stored by the server. */
  startTime: string;
  endTime: string;
  times?: number;
  isLost: boolean;
  outInfo?: string;
  /** ISO time of issue by the simulator's clock. */
  issuedAt: string;
  /** Times getCard returned the image. */
  imageFetches: number;
  /** Set by reportLost. */
  wholeRoom?: boolean;
  /** The loss-report card (isLost=1) that disabled this one. */
  supersededBy?: string;
}

/** What the request log stores for an answer that was not an envelope. */
export type UnansweredOutcome =
  'http-500' | 'html' | 'reset' | 'no-answer' | 'dropped';

/** One received API request. */
export interface RecordedRequest {
  action: string;
  /** The signature passed; false when rejected for the account, T or sig. */
  signatureValid: boolean;
  /** The decoded body fields (never containing the token). */
  fields: Record<string, unknown>;
  format: 'json' | 'xml' | 'form';
  /** The envelope status returned, or how the request went unanswered. */
  status: number | UnansweredOutcome;
  /** ISO time of receipt by the simulator's clock. */
  at: string;
}

/** An envelope to send back: status, info and any payload fields. */
export interface Answer {
  status: number;
  info: string;
  payload?: Record<string, unknown>;
}

export function answer(
  status: number,
  info: string,
  payload?: Record<string, unknown>,
): Answer {
  return payload === undefined ? { status, info } : { status, info, payload };
}
