import type { z } from 'zod';

import {
  channels,
  isChannel,
  type AppError,
  type Channel,
  type ParsedRequestOf,
  type ResponseOf,
  type Result,
} from '../../preload/contract';
import { isAppFailure } from '../errors';
import { createLogger } from '../logging/logger';

const log = createLogger('ipc');

/** One async handler per channel; expected failures throw AppFailure. */
export type Handlers = {
  [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>>;
};

function describeIssues(error: z.ZodError): AppError {
  const issue = error.issues[0];
  const field = issue?.path.join('.') ?? '';
  const where = field ? `"${field}"` : 'the request';
  return {
    code: 'invalid-request',
    message: `Invalid value for ${where}: ${issue?.message ?? 'rejected'}.`,
    ...(field ? { field } : {}),
  };
}

/**
 * Validates a call from a renderer and runs its handler. Returns a typed
 * result for every outcome: an unknown channel, a payload that fails its
 * schema, an expected failure or a bug. Never throws.
 */
export async function dispatch(
  handlers: Handlers,
  channelName: unknown,
  payload: unknown,
): Promise<Result<unknown>> {
  if (!isChannel(channelName)) {
    const name = JSON.stringify(String(channelName).slice(0, 80));
    log.warn(`rejected call to unknown channel ${name}`);
    return {
      ok: false,
      error: {
        code: 'unknown-channel',
        message: `Unknown channel ${name}; only the channels in preload/contract exist.`,
      },
    };
  }

  const parsed = channels[channelName].request.safeParse(payload);
  if (!parsed.success) {
    const error = describeIssues(parsed.error);
    log.warn(`rejected ${channelName}: ${error.message}`);
    return { ok: false, error };
  }

  const handler = handlers[channelName] as (
    request: unknown,
  ) => Promise<unknown>;
  try {
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (isAppFailure(error)) {
      log.info(`${channelName} failed: ${error.detail.code}`);
      return { ok: false, error: error.detail };
    }
    log.error(`${channelName} threw`, error);
    return {
      ok: false,
      error: { code: 'internal', message: 'Internal error; see the log.' },
    };
  }
}
