import { useAppStatusStore } from '../stores/app-status';
import { useSessionStore } from '../stores/session';
import { callMain, logToMain } from './main-call';

const RETRY_MS = 2000;

/**
 * Loads the app status, retrying until main returns it, then follows
 * `app:status` events. Returns the unsubscribe function.
 */
export function followStatus(): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const load = async () => {
    const result = await callMain(() => window.lobbykey.app.getStatus({}));
    if (stopped) return;
    if (result.ok) {
      applyFirstStatus(result.value.kiosk.defaultLanguage);
      useAppStatusStore.getState().setStatus(result.value);
      return;
    }
    logToMain('warn', `app:get-status failed: ${result.error.code}`);
    timer = setTimeout(() => void load(), RETRY_MS);
  };

  const unsubscribe = window.lobbykey.on('app:status', (status) =>
    useAppStatusStore.getState().setStatus(status),
  );
  void load();

  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  };
}

function applyFirstStatus(defaultLanguage: 'en' | 'zh-CN'): void {
  if (useAppStatusStore.getState().status) return;
  useSessionStore.getState().setLanguage(defaultLanguage);
}
