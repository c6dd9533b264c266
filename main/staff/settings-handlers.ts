import type { Settings } from '../../preload/contract';
import { AppFailure } from '../errors';
import { testConnection } from './connection-test';
import type { StaffContext } from './context';
import type { StaffHandlers } from './types';

type SettingsChannel =
  | 'settings:get'
  | 'settings:update'
  | 'settings:set-operating-mode'
  | 'credentials:save'
  | 'credentials:delete'
  | 'credentials:test-connection';

type SettingsView = Awaited<ReturnType<StaffHandlers['settings:get']>>;

/** Settings the QR Master client is built from; a change rebuilds it. */
const clientFields: ReadonlySet<keyof Settings> = new Set<keyof Settings>([
  'apiBaseUrl',
  'communityNo',
  'communityTimeZone',
  'operatingMode',
]);

async function buildView(context: StaffContext): Promise<SettingsView> {
  const { settings, credentials } = context.deps;
  const [accountSid, tokenSaved, storage] = await Promise.all([
    credentials.savedAccountSid(),
    credentials.hasAny(),
    credentials.availability(),
  ]);

  const notice = settings.notice();
  return {
    settings: settings.get(),
    credentials: { accountSid, tokenSaved, storage },
    ...(notice === undefined ? {} : { notice }),
  };
}

function changedFields(
  before: Settings,
  after: Settings,
): Array<keyof Settings> {
  return (Object.keys(after) as Array<keyof Settings>).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

/**
 * Throws `invalid-request` naming what live mode still lacks: saved
 * credentials and a community number.
 */
async function requireLiveReady(
  context: StaffContext,
  communityNo: string,
): Promise<void> {
  const credentialsSaved = await context.deps.credentials.hasAny();
  const missing: string[] = [];
  if (!credentialsSaved) {
    missing.push('saved QR Master credentials (accountSid and authToken)');
  }
  if (communityNo === '') missing.push('a community number (communityNo)');
  if (missing.length === 0) return;

  throw new AppFailure({
    code: 'invalid-request',
    field: credentialsSaved ? 'communityNo' : 'credentials',
    message: `Live mode needs ${missing.join(' and ')}; add them in setup first.`,
  });
}

async function applyPatch(
  context: StaffContext,
  patch: Partial<Settings>,
): Promise<SettingsView> {
  const { settings } = context.deps;
  const before = settings.get();

  const merged = { ...before, ...patch };
  if (
    merged.operatingMode === 'live' &&
    (patch.operatingMode !== undefined || patch.communityNo !== undefined)
  ) {
    await requireLiveReady(context, merged.communityNo);
  }

  const after = settings.update(patch);
  const changed = changedFields(before, after);
  if (changed.length > 0) {
    // Settings hold no secrets, so field names are safe to record.
    context.audit('settings.changed', changed.join(','));
  }
  if (changed.some((field) => clientFields.has(field))) {
    await context.deps.reconfigure();
  }
  return buildView(context);
}

/** Creates the settings:* and credentials:* handlers. */
export function createSettingsHandlers(
  context: StaffContext,
): Pick<StaffHandlers, SettingsChannel> {
  const { credentials } = context.deps;

  return {
    'settings:get': () => buildView(context),

    'settings:update': (request) => applyPatch(context, request.patch),

    'settings:set-operating-mode': (request) =>
      applyPatch(context, { operatingMode: request.mode }),

    // The token goes to the keychain only; the response carries whether a
    // token is saved, never the token.
    'credentials:save': async (request) => {
      await credentials.save({
        accountSid: request.accountSid,
        authToken: request.authToken,
      });
      context.audit('credentials.saved', `accountSid ${request.accountSid}`);
      await context.deps.reconfigure();
      return buildView(context);
    },

    'credentials:delete': async () => {
      await credentials.delete();
      context.audit('credentials.deleted');
      await context.deps.reconfigure();
      return buildView(context);
    },

    'credentials:test-connection': () => testConnection(context),
  };
}
