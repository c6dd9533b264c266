import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { LanguageSwitch } from '../components/LanguageSwitch';
import { FALLBACK_LANGUAGES, useAppStatusStore } from '../stores/app-status';
import { useIdleStore } from '../stores/idle';
import { useSessionStore } from '../stores/session';
import { GuestTopBar, OfflineBanner } from './GuestScreen';

/** How long the hidden staff corner must be held, in milliseconds. */
export const STAFF_HOLD_MS = 3000;

/** The top-left corner that opens the staff area after a long press. */
function StaffCorner() {
  const setStaffOpen = useAppStatusStore((state) => state.setStaffOpen);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const cancel = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  const start = (event: React.PointerEvent) => {
    event.stopPropagation();
    cancel();
    timer.current = setTimeout(() => setStaffOpen(true), STAFF_HOLD_MS);
  };

  return (
    <div
      className="staff-corner"
      data-testid="staff-corner"
      aria-hidden="true"
      onPointerDown={start}
      onPointerUp={cancel}
      onPointerLeave={cancel}
      onPointerCancel={cancel}
      onClick={(event) => event.stopPropagation()}
    />
  );
}

/** Welcome: the language choice, and any other touch starts a session. */
export function WelcomeScreen() {
  const { t } = useTranslation('guest');
  const languages = useAppStatusStore(
    (state) => state.status?.kiosk.languages ?? FALLBACK_LANGUAGES,
  );
  const propertyName = useAppStatusStore(
    (state) => state.status?.kiosk.propertyName ?? '',
  );
  const language = useSessionStore((state) => state.language);
  const setLanguage = useSessionStore((state) => state.setLanguage);
  const go = useSessionStore((state) => state.go);

  const start = () => {
    useIdleStore.getState().touch(Date.now());
    go('find');
  };

  return (
    <div
      className="screen screen--welcome"
      data-testid="screen-welcome"
      onClick={start}
    >
      <header className="topbar">
        <GuestTopBar showLanguages={false} />
      </header>
      <OfflineBanner />
      <StaffCorner />
      <main className="welcome">
        <p className="welcome__property">{propertyName}</p>
        <h1 className="welcome__title">{t('welcome.title')}</h1>
        <p className="welcome__subtitle">{t('welcome.subtitle')}</p>
        <div className="welcome__languages">
          <p className="welcome__choose">{t('welcome.chooseLanguage')}</p>
          <LanguageSwitch
            languages={languages}
            current={language}
            onChange={setLanguage}
            large
          />
        </div>
        <button
          type="button"
          className="welcome__start"
          data-testid="start-button"
        >
          <span className="welcome__pulse" aria-hidden="true" />
          {t('welcome.touch')}
        </button>
      </main>
    </div>
  );
}
