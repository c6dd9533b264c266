// The card actions of the simulated API: parameter checks with the vendor's
// codes, then the change to the in-memory cards.
import { randomBytes } from 'node:crypto';

import QRCode from 'qrcode';

import { formatCardTime } from '../qrmaster/wall-clock';
import { locate, type Placement, type SimCommunity } from './community';
import {
  fieldText,
  isAnswer,
  isCardTime,
  isPlaceNumber,
  missing,
  readChoice,
} from './field-checks';
import { answer, type Answer, type SimCard } from './state';

/** The simulator state an action reads and changes for one request. */
export interface ActionContext {
  accountSid: string;
  community: SimCommunity;
  cards: Map<string, SimCard>;
  /** The field that carries the card number in getLink responses. */
  cardNumberField: 'no' | 'cardNo';
  serverNowMs: number;
}

type Fields = Record<string, unknown>;

/** A card without an end lasts this long on a community with no default. */
const DEFAULT_CARD_MINUTES = 5;
const images = new WeakMap<SimCard, Promise<string>>();

function checkPhone(
  fields: Fields,
): Answer | { mobile: string; areaCode: string } {
  const mobile = fieldText(fields, 'mobile');
  if (mobile === undefined) return missing('mobile');
  if (!/^\d{1,15}$/.test(mobile)) return answer(5103, 'mobile format error');

  const areaCode = fieldText(fields, 'areaCode') ?? '86';
  if (!/^\d{1,4}$/.test(areaCode)) return answer(5103, 'areaCode format error');
  return { mobile, areaCode };
}

function checkCommunity(fields: Fields, context: ActionContext): Answer | null {
  const communityNo = fieldText(fields, 'communityNo');
  if (communityNo === undefined) return missing('communityNo');
  if (!/^\d+$/.test(communityNo))
    return answer(5104, 'communityNo format error');
  if (communityNo !== context.community.communityNo) {
    return answer(5004, `no permission for community ${communityNo}`);
  }
  return null;
}

function checkPlacement(
  fields: Fields,
  cardType: string,
  context: ActionContext,
): Answer | Placement {
  const buildNo = fieldText(fields, 'buildNo');
  const floorNo = fieldText(fields, 'floorNo');
  const roomNo = fieldText(fields, 'roomNo');

  if (buildNo !== undefined && !isPlaceNumber(buildNo))
    return answer(5105, 'buildNo format error');
  if (floorNo !== undefined && !isPlaceNumber(floorNo))
    return answer(400, 'floorNo format error');
  if (cardType !== '2' && (buildNo === undefined) !== (floorNo === undefined)) {
    return missing(buildNo === undefined ? 'buildNo' : 'floorNo');
  }
  if (cardType === '0' && roomNo === undefined) return missing('roomNo');
  if (cardType !== '0' && buildNo === undefined) return missing('buildNo');
  if (roomNo !== undefined && !isPlaceNumber(roomNo))
    return answer(5050, 'room number format error');

  const placement: Placement = {};
  if (buildNo !== undefined) placement.buildNo = buildNo;
  if (floorNo !== undefined && cardType !== '2') placement.floorNo = floorNo;
  if (roomNo !== undefined && cardType === '0') placement.roomNo = roomNo;

  const found = locate(context.community, placement);
  return isAnswer(found) ? answer(found.status, found.info) : found;
}

function checkValidity(
  fields: Fields,
  context: ActionContext,
): Answer | { startTime: string; endTime: string } {
  const zone = context.community.timeZone;
  const now = new Date(context.serverNowMs);
  const startTime = fieldText(fields, 'startTime') ?? formatCardTime(now, zone);
  const endTime =
    fieldText(fields, 'endTime') ??
    formatCardTime(
      new Date(context.serverNowMs + DEFAULT_CARD_MINUTES * 60_000),
      zone,
    );

  if (!isCardTime(startTime)) return answer(5101, 'startTime format error');
  if (!isCardTime(endTime)) return answer(5102, 'endTime format error');
  // Equal-length digit strings of the same format order like the times.
  if (endTime <= startTime)
    return answer(5100, 'endTime must be after startTime');
  return { startTime, endTime };
}

function checkExtras(
  fields: Fields,
  cardType: string,
): Answer | { times?: number; isLost: boolean; sendSms: boolean } {
  for (const [name, allowed] of [
    ['sendSms', ['0', '1']],
    ['cipherType', ['0', '1', '2']],
    ['opentype', ['0', '1']],
    ['isLost', ['0', '1']],
  ] as const) {
    const choice = readChoice(fields, name, allowed, '0');
    if (isAnswer(choice)) return choice;
  }

  const timesText = fieldText(fields, 'times');
  const times = timesText === undefined ? undefined : Number(timesText);
  if (
    times !== undefined &&
    !(Number.isInteger(times) && times >= 0 && times <= 254)
  ) {
    return answer(400, 'times must be 0 to 254');
  }
  const isLost = fieldText(fields, 'isLost') === '1';
  if ((times !== undefined || isLost) && cardType !== '0') {
    return answer(400, 'times and isLost are for room cards only');
  }

  const outInfo = fieldText(fields, 'outInfo');
  if (outInfo !== undefined && !/^[A-Za-z0-9]{1,20}$/.test(outInfo)) {
    return answer(400, 'outInfo must be at most 20 letters and digits');
  }
  const extras: { times?: number; isLost: boolean; sendSms: boolean } = {
    isLost,
    sendSms: fieldText(fields, 'sendSms') === '1',
  };
  if (times !== undefined) extras.times = times;
  return extras;
}

function newCardNo(cards: Map<string, SimCard>): string {
  for (;;) {
    const cardNo = randomBytes(8).toString('hex').toUpperCase();
    if (!cards.has(cardNo)) return cardNo;
  }
}

/** getLink: checks every parameter, then issues a card. */
export function getLink(fields: Fields, context: ActionContext): Answer {
  const phone = checkPhone(fields);
  if (isAnswer(phone)) return phone;
  const communityProblem = checkCommunity(fields, context);
  if (communityProblem) return communityProblem;
  const cardType = readChoice(fields, 'cardType', ['0', '1', '2'], '0');
  if (isAnswer(cardType)) return cardType;

  const placement = checkPlacement(fields, cardType, context);
  if (isAnswer(placement)) return placement;
  const validity = checkValidity(fields, context);
  if (isAnswer(validity)) return validity;
  const extras = checkExtras(fields, cardType);
  if (isAnswer(extras)) return extras;

  const card: SimCard = {
    cardNo: newCardNo(context.cards),
    state: 'active',
    accountSid: context.accountSid,
    ...phone,
    ...placement,
    ...validity,
    ...extras,
    smsSent: extras.sendSms ? 1 : 0,
    cardType: Number(cardType),
    issuedAt: new Date(context.serverNowMs).toISOString(),
    imageFetches: 0,
  };
  const outInfo = fieldText(fields, 'outInfo');
  if (outInfo !== undefined) card.outInfo = outInfo;
  if (card.isLost) supersedeRoomCards(card, context.cards);
  context.cards.set(card.cardNo, card);

  return answer(200, 'success', { [context.cardNumberField]: card.cardNo });
}

/**
 * Marks the room's earlier active room cards lost, as the lock does when a
 * loss-report card (isLost=1) is first shown to it. The simulator has no
 * lock, so it applies the effect at issue.
 */
function supersedeRoomCards(
  lossCard: SimCard,
  cards: Map<string, SimCard>,
): void {
  for (const card of cards.values()) {
    const sameRoom =
      card.roomNo === lossCard.roomNo &&
      card.buildNo === lossCard.buildNo &&
      card.floorNo === lossCard.floorNo;
    if (
      sameRoom &&
      card.accountSid === lossCard.accountSid &&
      card.cardType === 0 &&
      card.state === 'active'
    ) {
      card.state = 'lost';
      card.supersededBy = lossCard.cardNo;
    }
  }
}

/** Finds the card a request names (roomFlag, cardNo or no), or a 4001/5016. */
function findCard(
  fields: Fields,
  context: ActionContext,
  names: readonly string[],
): Answer | SimCard {
  const cardNo = names
    .map((name) => fieldText(fields, name))
    .find((value) => value !== undefined);
  if (cardNo === undefined) return missing(names.join(' or '));

  const card = context.cards.get(cardNo);
  if (
    card === undefined ||
    card.accountSid !== context.accountSid ||
    card.state === 'cancelled'
  ) {
    return answer(5016, 'invalid card');
  }
  return card;
}

function cardImage(card: SimCard, communityNo: string): Promise<string> {
  let image = images.get(card);
  if (image === undefined) {
    const payload = `UCLBRT-SIM:${communityNo}:${card.cardNo}:${card.endTime}`;
    image = QRCode.toBuffer(payload, {
      type: 'png',
      margin: 2,
      width: 240,
    }).then((png) => png.toString('base64'));
    images.set(card, image);
  }
  return image;
}

/** getCard: the QR image of an active or lost card, for its holder only. */
export async function getCard(
  fields: Fields,
  context: ActionContext,
): Promise<Answer> {
  const phone = checkPhone(fields);
  if (isAnswer(phone)) return phone;
  const communityProblem = checkCommunity(fields, context);
  if (communityProblem) return communityProblem;
  if (fieldText(fields, 'time') === undefined) return missing('time');

  const card = findCard(fields, context, ['roomFlag', 'cardNo', 'no']);
  if (isAnswer(card)) return card;
  if (card.mobile !== phone.mobile || card.areaCode !== phone.areaCode) {
    return answer(5017, 'card number does not match the user');
  }

  const baseImg = await cardImage(card, context.community.communityNo);
  card.imageFetches += 1;
  return answer(200, 'success', { baseImg });
}

/** cancelCard: the card can no longer be fetched. */
export function cancelCard(fields: Fields, context: ActionContext): Answer {
  const card = findCard(fields, context, ['cardNo', 'no']);
  if (isAnswer(card)) return card;

  card.state = 'cancelled';
  return answer(200, 'success');
}

/** reportLost: marks a room card lost; its holder fetches it once more. */
export function reportLost(fields: Fields, context: ActionContext): Answer {
  const wholeRoom = fieldText(fields, 'wholeRoom');
  if (wholeRoom !== '0' && wholeRoom !== '1')
    return missing('wholeRoom (0 or 1)');

  const card = findCard(fields, context, ['cardNo', 'no']);
  if (isAnswer(card)) return card;
  if (card.cardType !== 0)
    return answer(400, 'only room cards can be reported lost');

  card.state = 'lost';
  card.wholeRoom = wholeRoom === '1';
  return answer(200, 'success');
}

/** getRoomCardInfo: what the server stores about a card. */
export function getRoomCardInfo(
  fields: Fields,
  context: ActionContext,
): Answer {
  const card = findCard(fields, context, ['cardNo', 'no', 'roomFlag']);
  if (isAnswer(card)) return card;

  const payload: Record<string, unknown> = {
    cardNo: card.cardNo,
    state: card.state,
    cardType: String(card.cardType),
    startTime: card.startTime,
    endTime: card.endTime,
  };
  for (const key of ['buildNo', 'floorNo', 'roomNo'] as const) {
    if (card[key] !== undefined) payload[key] = card[key];
  }
  return answer(200, 'success', payload);
}

export type CardAction = (
  fields: Fields,
  context: ActionContext,
) => Answer | Promise<Answer>;

/** The card actions by their `a=` query name. */
export const cardActions: Readonly<Record<string, CardAction>> = {
  getLink,
  getCard,
  cancelCard,
  reportLost,
  getRoomCardInfo,
};
