// Reads the payload fields of successful answers. Anything missing or
// malformed is an invalid-response: the server said 200 but not what.
import { QrMasterError } from './errors';
import type { RoomInfo } from './types';
import type { Envelope } from './wire';

const PNG_SIGNATURE = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
]);
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function invalid(action: string, message: string): QrMasterError {
  return new QrMasterError('invalid-response', action, message);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** The card number of a getLink answer: `cardNo`, or the vendor page's `no`. */
export function readCardNo(envelope: Envelope): string {
  const cardNo = text(envelope.fields.cardNo) ?? text(envelope.fields.no);
  if (cardNo === undefined || !/^[A-Za-z0-9]{1,32}$/.test(cardNo)) {
    throw invalid(
      'getLink',
      'QR Master reported success for getLink without a valid card number (cardNo or no).',
    );
  }
  return cardNo;
}

/** The QR image of a getCard answer as base64 PNG, checked to be a PNG. */
export function readPng(envelope: Envelope): string {
  const raw = text(envelope.fields.baseImg)?.replace(/\s+/g, '');
  // Some deployments prefix a data URL; the image is the same.
  const base64 = raw?.replace(/^data:image\/png;base64,/, '');

  if (base64 === undefined || !BASE64.test(base64)) {
    throw invalid(
      'getCard',
      'QR Master reported success for getCard without a base64 image (baseImg).',
    );
  }
  const head = Buffer.from(base64.slice(0, 12), 'base64');
  if (!head.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw invalid(
      'getCard',
      'QR Master returned a getCard image (baseImg) that is not a PNG.',
    );
  }
  return base64;
}

function list(value: unknown, what: string): Record<string, unknown>[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw invalid(
      'fetchRoomInfo',
      `fetchRoomInfo returned ${what} that is not a list.`,
    );
  }
  return value.filter(
    (item): item is Record<string, unknown> =>
      typeof item === 'object' && item !== null,
  );
}

function required(record: Record<string, unknown>, field: string): string {
  const value = text(record[field]);
  if (value === undefined) {
    throw invalid(
      'fetchRoomInfo',
      `fetchRoomInfo returned an entry without ${field}.`,
    );
  }
  return value;
}

/** Maps `data.builders[]` of a fetchRoomInfo answer to RoomInfo. */
export function readRoomInfo(envelope: Envelope): RoomInfo {
  const data = envelope.fields.data;
  if (typeof data !== 'object' || data === null) {
    throw invalid(
      'fetchRoomInfo',
      'fetchRoomInfo reported success without data.',
    );
  }

  const builders = list((data as Record<string, unknown>).builders, 'builders');
  return {
    buildings: builders.map((builder) => ({
      number: required(builder, 'builderNum'),
      name: text(builder.builderName) ?? '',
      floors: list(builder.floors, 'floors').map((floor) => ({
        number: required(floor, 'floorNum'),
        name: text(floor.floorName) ?? '',
        rooms: list(floor.rooms, 'rooms').map((room) => ({
          roomNo: required(room, 'no'),
          lockNo: text(room.num) ?? '',
          roomType: text(room.name) ?? '',
          lockType: text(room.locktype) ?? '',
        })),
      })),
    })),
  };
}
