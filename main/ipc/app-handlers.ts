import type { AppStatus } from '../../preload/contract';
import { createLogger } from '../logging/logger';
import { maskPhone } from '../logging/redact';
import type { Handlers } from './dispatch';

const rendererLog = createLogger('renderer');

/** Maximum lengths of a renderer message and stack in the log, in characters. */
const MESSAGE_MAX_LENGTH = 1000;
const STACK_MAX_LENGTH = 4000;

export type AppChannel = 'app:get-status' | 'app:log' | 'app:exit-kiosk';

export type AppHandlers = Pick<Handlers, AppChannel>;

export interface AppHandlerDeps {
  status: () => Promise<AppStatus>;
  /** Resolves when the PIN is right; throws the PIN's typed failure. */
  verifyStaffPin: (pin: string) => Promise<void>;
}

/** Runs of 7 or more digits, optionally with "+", spaces or dashes inside. */
const PHONE_LIKE = /\+?\d(?:[\d -]{5,}\d)/g;

/**
 * Caps a renderer's text and masks anything shaped like a phone number: a
 * screen may log what a guest typed, and full numbers must not reach a log.
 */
function sanitized(text: string, maxLength: number): string {
  const masked = text.replace(PHONE_LIKE, (digits) => maskPhone(digits));
  return masked.length > maxLength ? `${masked.slice(0, maxLength)}…` : masked;
}

/**
 * Builds the app channels. `app:exit-kiosk` only checks the PIN; the
 * Electron layer wraps it and leaves kiosk mode when it resolves.
 */
export function createAppHandlers(deps: AppHandlerDeps): AppHandlers {
  return {
    'app:get-status': () => deps.status(),
    'app:log': (request) => {
      const stack = request.stack
        ? [sanitized(request.stack, STACK_MAX_LENGTH)]
        : [];
      rendererLog[request.level](
        sanitized(request.message, MESSAGE_MAX_LENGTH),
        ...stack,
      );
      return Promise.resolve({});
    },
    'app:exit-kiosk': async (request) => {
      await deps.verifyStaffPin(request.pin);
      return {};
    },
  };
}
