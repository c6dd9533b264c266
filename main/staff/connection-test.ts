import type { ResponseOf } from '../../preload/contract';
import { toAppFailure } from '../checkin/errors';
import { AppFailure, isAppFailure } from '../errors';
import { createLogger } from '../logging/logger';
import { createQrMasterClient } from '../qrmaster';
import { isQrMasterError } from '../qrmaster/errors';
import type { QrMasterApi } from '../qrmaster/types';
import { callApi } from './api-errors';
import type { StaffContext } from './context';
import { invalidRequest } from './failures';

const log = createLogger('staff');

type RoomTree = ResponseOf<'credentials:test-connection'>;

/** Builds a client from the saved credentials and the current settings. */
async function savedCredentialsClient(
  context: StaffContext,
): Promise<QrMasterApi | null> {
  const saved = await context.deps.credentials.read();
  if (!saved) return null;

  const settings = context.deps.settings.get();
  if (settings.communityNo === '') {
    throw invalidRequest(
      'communityNo',
      'No community number is set; enter communityNo before testing the connection.',
    );
  }
  try {
    return createQrMasterClient({
      baseUrl: settings.apiBaseUrl,
      accountSid: saved.accountSid,
      authToken: saved.authToken,
      communityNo: settings.communityNo,
      communityTimeZone: settings.communityTimeZone,
      appVersion: context.deps.appVersion ?? 'unknown',
    });
  } catch (error) {
    throw isQrMasterError(error) ? toAppFailure(error) : error;
  }
}

async function fetchRooms(
  context: StaffContext,
  client: QrMasterApi,
): Promise<RoomTree> {
  try {
    const rooms = await callApi(() => client.fetchRoomInfo());
    log.info(`connection test passed: ${rooms.buildings.length} buildings`);
    context.audit('credentials.tested', 'ok');
    return rooms;
  } catch (error) {
    if (isAppFailure(error)) {
      log.warn(`connection test failed: ${error.detail.code}`);
      context.audit('credentials.tested', error.detail.code);
    }
    throw error;
  }
}

/**
 * Calls fetchRoomInfo with the saved credentials against the configured
 * API URL and community, in demo mode too, so staff can check an account
 * before switching to live. Without saved credentials it tests the client
 * in use (the demo simulator), and without either it throws
 * `issuing-disabled`.
 */
export async function testConnection(context: StaffContext): Promise<RoomTree> {
  const ownClient = await savedCredentialsClient(context);
  if (ownClient) {
    try {
      return await fetchRooms(context, ownClient);
    } finally {
      ownClient.close();
    }
  }

  const current = context.deps.api();
  if (current) return fetchRooms(context, current);
  throw new AppFailure({
    code: 'issuing-disabled',
    message:
      'No QR Master credentials are saved; save the accountSid and authToken first.',
  });
}
