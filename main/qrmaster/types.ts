// Interfaces of the QR Master client. Field names follow the vendor API
// where they cross the wire; times are Date instants and the client formats
// them in the community's time zone.

export type CardType = 0 | 1 | 2;

/** Connection and account settings for one client instance. */
export interface QrMasterConfig {
  /** https URL, or http to a loopback host (the simulator). */
  baseUrl: string;
  accountSid: string;
  authToken: string;
  communityNo: string;
  /** IANA zone of the community's locks: card times are sent in it. */
  communityTimeZone: string;
  /** Sent in the User-Agent. */
  appVersion: string;
  /** Wire format of request and response bodies; JSON unless set. */
  format?: 'json' | 'xml';
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  /** Clock used for signing timestamps; tests move it. */
  now?: () => Date;
  /**
   * Retries of calls that may be repeated: tries in all (default 3) and the
   * first backoff delay, doubled on each retry (default 200 ms).
   */
  retry?: { attempts?: number; baseDelayMs?: number };
}

/** Parameters of getLink, as the caller sees them. */
export interface GetLinkParams {
  /** National number without the country code, digits only. */
  mobile: string;
  /** Country calling code, digits only, for example "86". */
  areaCode: string;
  buildNo?: string;
  floorNo?: string;
  roomNo?: string;
  /** Required: a card without an end expires five minutes after issue. */
  startTime: Date;
  endTime: Date;
  sendSms: boolean;
  cardType?: CardType;
  cipherType?: 0 | 1 | 2;
  /** Number of unlocks, 0 to 254, 0 = unlimited; room cards only. */
  times?: number;
  opentype?: 0 | 1;
  isLost?: boolean;
  /** Caller's reference, at most 20 letters and digits. */
  outInfo?: string;
}

export interface GetCardParams {
  cardNo: string;
  mobile: string;
  areaCode: string;
  cardType?: CardType;
  /** Optional end of validity for the image. */
  openEndTime?: Date;
}

export interface RoomInfo {
  buildings: Array<{
    number: string;
    name: string;
    floors: Array<{
      number: string;
      name: string;
      rooms: Array<{
        roomNo: string;
        lockNo: string;
        roomType: string;
        lockType: string;
      }>;
    }>;
  }>;
}

/** The operations Lobbykey uses; the check-in service depends on this. */
export interface QrMasterApi {
  getLink(params: GetLinkParams): Promise<{ cardNo: string }>;
  getCard(params: GetCardParams): Promise<{ pngBase64: string }>;
  cancelCard(params: { cardNo: string; cardType?: CardType }): Promise<void>;
  reportLost(params: { cardNo: string; wholeRoom: boolean }): Promise<void>;
  fetchRoomInfo(): Promise<RoomInfo>;
  /** Closes keep-alive sockets. */
  close(): void;
}
