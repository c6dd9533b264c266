// Shared set-up of the client tests: a client for a simulator, and a valid
// stay that tests change one field at a time.
import { QrMasterClient } from '../../../main/qrmaster';
import type { GetLinkParams, QrMasterConfig } from '../../../main/qrmaster';
import type { Simulator } from '../../../main/simulator';

export const HOUR_MS = 3600_000;

/** A client for the simulator with short timeouts and retry delays. */
export function clientFor(
  sim: Pick<Simulator, 'baseUrl' | 'accountSid' | 'authToken' | 'communityNo'>,
  overrides: Partial<QrMasterConfig> = {},
): QrMasterClient {
  return new QrMasterClient({
    baseUrl: sim.baseUrl,
    accountSid: sim.accountSid,
    authToken: sim.authToken,
    communityNo: sim.communityNo,
    communityTimeZone: 'Asia/Shanghai',
    appVersion: '0.1.0-test',
    connectTimeoutMs: 1_000,
    totalTimeoutMs: 2_000,
    retry: { attempts: 3, baseDelayMs: 5 },
    ...overrides,
  });
}

/** A room card for room 101 in building 1, floor 1, for the next day. */
export function stay(overrides: Partial<GetLinkParams> = {}): GetLinkParams {
  return {
    mobile: '13800138000',
    areaCode: '86',
    buildNo: '1',
    floorNo: '1',
    roomNo: '101',
    startTime: new Date(Date.now() - 60_000),
    endTime: new Date(Date.now() + 24 * HOUR_MS),
    sendSms: false,
    ...overrides,
  };
}

export const holder = { mobile: '13800138000', areaCode: '86' };
