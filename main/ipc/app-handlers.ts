import type { AppStatus } from '../../preload/contract';
import { createLogger } from '../logging/logger';
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

function capped(text: string, maxLength: number): string {
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
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
        ? [capped(request.stack, STACK_MAX_LENGTH)]
        : [];
      rendererLog[request.level](
        capped(request.message, MESSAGE_MAX_LENGTH),
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
