import type { Result } from '../../../preload/contract';
import { useAppStatusStore } from '../stores/app-status';

/**
 * Runs one call to main, counting it as in flight so the idle reset waits
 * for it. A transport that throws (it should not) becomes an `internal`
 * error, so screens only ever handle a `Result`.
 */
export async function callMain<T>(
  call: () => Promise<Result<T>>,
): Promise<Result<T>> {
  const status = useAppStatusStore.getState();
  status.requestStarted();
  try {
    return await call();
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Call to main threw: ${String(error)}`,
      },
    };
  } finally {
    useAppStatusStore.getState().requestSettled();
  }
}

/** Forwards a renderer error to main's log; failures to log are dropped. */
export function logToMain(
  level: 'error' | 'warn' | 'info',
  message: string,
): void {
  // A failed log call has nowhere else to go, so its result is ignored.
  void window.lobbykey.app.log({ level, message: message.slice(0, 2000) });
}
