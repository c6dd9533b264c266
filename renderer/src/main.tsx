import './styles/app.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './App';
import { initI18n } from './i18n';
import { useSessionStore } from './stores/session';

const TOKEN_META = 'meta[name="lobbykey-host-token"]';

// In Electron the preload has set window.lobbykey. Only a page served by the
// browser host needs the HTTP bridge, so it loads as a separate chunk there.
async function installBridgeIfNeeded(): Promise<void> {
  if ('lobbykey' in window || !document.querySelector(TOKEN_META)) return;
  const { installHttpBridge } = await import('./bridge/loopback');
  installHttpBridge();
}

const i18n = initI18n(useSessionStore.getState().language);

// The session store owns the language, so i18next and <html lang> follow it.
useSessionStore.subscribe((state, previous) => {
  if (state.language === previous.language) return;
  void i18n.changeLanguage(state.language);
  document.documentElement.lang = state.language;
});

function render(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');

  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void installBridgeIfNeeded().then(render);
