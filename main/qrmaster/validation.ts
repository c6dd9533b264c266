// Checks every documented getLink/getCard rule before anything is sent, and
// builds the wire fields (all strings). A broken rule throws
// QrMasterError('invalid-input') naming the field and the rule.
import { QrMasterError } from './errors';
import type { CardType, GetCardParams, GetLinkParams } from './types';
import { formatCardTime } from './wall-clock';

/** Request fields as they go on the wire: every value a string. */
export type WireFields = Record<string, string>;

const DIGITS = /^\d+$/;
const LETTERS_AND_DIGITS = /^[A-Za-z0-9]+$/;
// Control characters (C0, DEL, C1) and path syntax have no place in a room
// or building number; "../../1" has reached the API from other kiosks.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const PATH_SYNTAX = /[/\\]|\.\./;

const MOBILE_MAX_DIGITS = 15;
const AREA_CODE_MAX_DIGITS = 4;
const PLACE_MAX_LENGTH = 32;
const OUT_INFO_MAX_LENGTH = 20;
const CARD_NO_MAX_LENGTH = 32;
const TIMES_MAX = 254;

function reject(action: string, field: string, message: string): never {
  throw new QrMasterError('invalid-input', action, message, { field });
}

function checkDigits(
  action: string,
  field: string,
  value: unknown,
  maxDigits: number,
): string {
  if (typeof value !== 'string' || value === '') {
    reject(action, field, `${field} is missing; give it as a digit string.`);
  }
  if (!DIGITS.test(value) || value.length > maxDigits) {
    reject(
      action,
      field,
      `${field} must be 1 to ${maxDigits} digits with no spaces, "+" or dashes.`,
    );
  }
  return value;
}

/** Checks a building, floor or room number: free text, no paths or controls. */
function checkPlace(action: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    reject(action, field, `${field} is missing or blank.`);
  }
  if (value.length > PLACE_MAX_LENGTH) {
    reject(
      action,
      field,
      `${field} must be at most ${PLACE_MAX_LENGTH} characters.`,
    );
  }
  if (CONTROL_CHARACTERS.test(value) || PATH_SYNTAX.test(value)) {
    reject(
      action,
      field,
      `${field} "${JSON.stringify(value).slice(1, -1)}" must not contain control characters, slashes or "..".`,
    );
  }
  return value;
}

function checkChoice<T extends number>(
  action: string,
  field: string,
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) {
    reject(action, field, `${field} must be one of ${allowed.join(', ')}.`);
  }
  return value as T;
}

function checkInstant(action: string, field: string, value: unknown): Date {
  if (!(value instanceof Date)) {
    reject(action, field, `${field} is missing; a card always needs one.`);
  }
  if (Number.isNaN(value.getTime())) {
    reject(action, field, `${field} is not a valid date.`);
  }
  return value;
}

function formatTime(
  action: string,
  field: string,
  instant: Date,
  timeZone: string,
): string {
  try {
    return formatCardTime(instant, timeZone);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return reject(action, field, `${field} cannot be sent: ${reason}`);
  }
}

/** Checks the holder's phone number fields shared by getLink and getCard. */
function checkHolder(
  action: string,
  params: { mobile: string; areaCode: string },
): WireFields {
  return {
    mobile: checkDigits(action, 'mobile', params.mobile, MOBILE_MAX_DIGITS),
    areaCode: checkDigits(
      action,
      'areaCode',
      params.areaCode,
      AREA_CODE_MAX_DIGITS,
    ),
  };
}

/** Checks an optional cardType; absent means a room card (0). */
export function checkCardType(action: string, cardType: unknown): CardType {
  return checkChoice(action, 'cardType', cardType, [0, 1, 2] as const) ?? 0;
}

/** Checks the card number of getCard, cancelCard and reportLost. */
export function checkCardNo(action: string, cardNo: unknown): string {
  if (typeof cardNo !== 'string' || cardNo === '') {
    reject(action, 'cardNo', 'cardNo is missing.');
  }
  if (!LETTERS_AND_DIGITS.test(cardNo) || cardNo.length > CARD_NO_MAX_LENGTH) {
    reject(
      action,
      'cardNo',
      `cardNo must be 1 to ${CARD_NO_MAX_LENGTH} letters and digits, as getLink returned it.`,
    );
  }
  return cardNo;
}

function checkPlaceFields(
  params: GetLinkParams,
  cardType: number,
  fields: WireFields,
): void {
  const action = 'getLink';
  const hasBuilding = params.buildNo !== undefined && params.buildNo !== '';
  const hasFloor = params.floorNo !== undefined && params.floorNo !== '';
  const hasRoom = params.roomNo !== undefined && params.roomNo !== '';

  if (hasBuilding !== hasFloor && cardType !== 2) {
    const missing = hasBuilding ? 'floorNo' : 'buildNo';
    reject(action, missing, 'buildNo and floorNo must be given together.');
  }
  if (cardType === 1 && !hasBuilding) {
    reject(
      action,
      'buildNo',
      'A floor card (cardType 1) needs buildNo and floorNo.',
    );
  }
  if (cardType === 2 && !hasBuilding) {
    reject(action, 'buildNo', 'A building card (cardType 2) needs buildNo.');
  }
  if (cardType === 2 && hasFloor) {
    reject(action, 'floorNo', 'A building card (cardType 2) takes no floorNo.');
  }
  if (cardType === 0 && !hasRoom) {
    reject(action, 'roomNo', 'A room card (cardType 0) needs roomNo.');
  }
  if (cardType !== 0 && hasRoom) {
    reject(action, 'roomNo', 'roomNo is only for room cards (cardType 0).');
  }

  if (hasBuilding)
    fields.buildNo = checkPlace(action, 'buildNo', params.buildNo);
  if (hasFloor) fields.floorNo = checkPlace(action, 'floorNo', params.floorNo);
  if (hasRoom) fields.roomNo = checkPlace(action, 'roomNo', params.roomNo);
}

function checkTimes(
  params: GetLinkParams,
  timeZone: string,
  now: Date,
  fields: WireFields,
): void {
  const action = 'getLink';
  const start = checkInstant(action, 'startTime', params.startTime);
  const end = checkInstant(action, 'endTime', params.endTime);

  if (end.getTime() <= start.getTime()) {
    reject(action, 'endTime', 'endTime must be after startTime.');
  }
  if (end.getTime() <= now.getTime()) {
    reject(
      action,
      'endTime',
      'endTime is in the past; the card would never open.',
    );
  }

  fields.startTime = formatTime(action, 'startTime', start, timeZone);
  fields.endTime = formatTime(action, 'endTime', end, timeZone);
  // Card times have minute resolution: two instants in the same minute
  // would reach the server as an empty stay.
  if (fields.endTime <= fields.startTime) {
    reject(
      action,
      'endTime',
      'endTime must be at least a minute after startTime.',
    );
  }
}

function checkOptions(
  params: GetLinkParams,
  cardType: number,
  fields: WireFields,
): void {
  const action = 'getLink';

  const cipherType = checkChoice(
    action,
    'cipherType',
    params.cipherType,
    [0, 1, 2],
  );
  if (cipherType !== undefined) fields.cipherType = String(cipherType);

  const opentype = checkChoice(action, 'opentype', params.opentype, [0, 1]);
  if (opentype !== undefined) fields.opentype = String(opentype);

  if (params.times !== undefined) {
    if (
      !Number.isInteger(params.times) ||
      params.times < 0 ||
      params.times > TIMES_MAX
    ) {
      reject(
        action,
        'times',
        `times must be a whole number from 0 to ${TIMES_MAX} (0 = unlimited).`,
      );
    }
    if (cardType !== 0) {
      reject(action, 'times', 'times is only for room cards (cardType 0).');
    }
    fields.times = String(params.times);
  }

  if (params.isLost !== undefined) {
    if (typeof params.isLost !== 'boolean') {
      reject(action, 'isLost', 'isLost must be true or false.');
    }
    if (params.isLost && cardType !== 0) {
      reject(action, 'isLost', 'isLost is only for room cards (cardType 0).');
    }
    if (params.isLost) fields.isLost = '1';
  }

  if (params.outInfo !== undefined) {
    if (
      typeof params.outInfo !== 'string' ||
      !LETTERS_AND_DIGITS.test(params.outInfo) ||
      params.outInfo.length > OUT_INFO_MAX_LENGTH
    ) {
      reject(
        action,
        'outInfo',
        `outInfo must be 1 to ${OUT_INFO_MAX_LENGTH} letters and digits.`,
      );
    }
    fields.outInfo = params.outInfo;
  }
}

/**
 * Checks getLink parameters against every documented rule and returns the
 * wire fields. Card times are formatted in `timeZone`; `now` is the client's
 * clock, so a stay that already ended is rejected.
 */
export function buildGetLinkFields(
  params: GetLinkParams,
  communityNo: string,
  timeZone: string,
  now: Date,
): WireFields {
  const action = 'getLink';
  const fields: WireFields = { ...checkHolder(action, params), communityNo };

  const cardType = checkCardType(action, params.cardType);
  fields.cardType = String(cardType);
  checkPlaceFields(params, cardType, fields);
  checkTimes(params, timeZone, now, fields);

  if (typeof params.sendSms !== 'boolean') {
    reject(action, 'sendSms', 'sendSms must be true or false.');
  }
  fields.sendSms = params.sendSms ? '1' : '0';
  checkOptions(params, cardType, fields);
  return fields;
}

/** Checks getCard parameters and returns the wire fields. */
export function buildGetCardFields(
  params: GetCardParams,
  communityNo: string,
  timeZone: string,
  now: Date,
): WireFields {
  const action = 'getCard';
  const cardType = checkCardType(action, params.cardType);
  const fields: WireFields = {
    ...checkHolder(action, params),
    communityNo,
    // The vendor page names the card number roomFlag.
    roomFlag: checkCardNo(action, params.cardNo),
    cardType: String(cardType),
    time: String(Math.floor(now.getTime() / 1000)),
    resultType: '1',
  };

  if (params.openEndTime !== undefined) {
    const end = checkInstant(action, 'openEndTime', params.openEndTime);
    fields.openEndTime = formatTime(action, 'openEndTime', end, timeZone);
  }
  return fields;
}
