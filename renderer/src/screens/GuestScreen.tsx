import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { BigButton } from '../components/BigButton';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ScreenFrame } from '../components/ScreenFrame';
import { endGuestSession } from '../services/checkin';
import { FALLBACK_LANGUAGES, useAppStatusStore } from '../stores/app-status';
import { useSessionStore, type Step } from '../stores/session';

const STEP_NUMBERS: Partial<Record<Step, number>> = {
  find: 1,
  verify: 2,
  confirm: 3,
  delivery: 4,
  issuing: 5,
  key: 5,
};
const STEP_TOTAL = 5;

/**
 * The guest top bar: property, demo badge, language and help. The welcome
 * screen shows its own large language choice instead.
 */
export function GuestTopBar({
  showLanguages = true,
}: {
  showLanguages?: boolean;
}) {
  const { t } = useTranslation('common');
  const propertyName = useAppStatusStore(
    (state) => state.status?.kiosk.propertyName ?? '',
  );
  const demo = useAppStatusStore((state) => state.status?.demo ?? false);
  const languages = useAppStatusStore(
    (state) => state.status?.kiosk.languages ?? FALLBACK_LANGUAGES,
  );
  const language = useSessionStore((state) => state.language);
  const setLanguage = useSessionStore((state) => state.setLanguage);
  const setHelpOpen = useSessionStore((state) => state.setHelpOpen);

  return (
    <>
      <div className="topbar__brand">
        <span className="topbar__logo" aria-hidden="true">
          ⌂
        </span>
        <span className="topbar__name">{propertyName}</span>
        {demo ? (
          <span
            className="badge badge--demo"
            title={t('badges.demoHint')}
            data-testid="demo-badge"
          >
            {t('badges.demo')}
          </span>
        ) : null}
      </div>
      <div className="topbar__tools">
        {showLanguages ? (
          <LanguageSwitch
            languages={languages}
            current={language}
            onChange={setLanguage}
          />
        ) : null}
        <button
          type="button"
          className="help-button"
          onClick={(event) => {
            event.stopPropagation();
            setHelpOpen(true);
          }}
          data-testid="help-button"
        >
          <span aria-hidden="true" className="help-button__icon">
            ?
          </span>
          {t('actions.help')}
        </button>
      </div>
    </>
  );
}

/** The banner shown while main reports the connection as offline. */
export function OfflineBanner() {
  const { t } = useTranslation('common');
  const offline = useAppStatusStore(
    (state) => state.status?.connection === 'offline',
  );
  if (!offline) return null;
  return (
    <div
      className="banner banner--offline"
      role="status"
      data-testid="offline-banner"
    >
      {t('offline.banner')}
    </div>
  );
}

interface GuestScreenProps {
  step: Step;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  /** The main action, placed at the end of the footer. */
  primary?: ReactNode;
  /** Where Back goes; no Back button when unset. */
  back?: Step;
  /** Whether to offer Start over (default true). */
  startOver?: boolean;
}

/** A guest screen: the shared frame with the guest top bar and footer. */
export function GuestScreen(props: GuestScreenProps) {
  const { t } = useTranslation('common');
  const go = useSessionStore((state) => state.go);
  const current = STEP_NUMBERS[props.step];
  const progress =
    current === undefined
      ? undefined
      : {
          current,
          total: STEP_TOTAL,
          label: t('progress', { current, total: STEP_TOTAL }),
        };
  const back = props.back;

  return (
    <ScreenFrame
      name={props.step}
      top={<GuestTopBar />}
      banner={<OfflineBanner />}
      progress={progress}
      title={props.title}
      intro={props.intro}
      footer={
        <>
          <div className="screen__footer-start">
            {back ? (
              <BigButton
                variant="secondary"
                onClick={() => go(back)}
                data-testid="back-button"
              >
                ‹ {t('actions.back')}
              </BigButton>
            ) : null}
            {props.startOver !== false ? (
              <BigButton
                variant="quiet"
                onClick={endGuestSession}
                data-testid="start-over-button"
              >
                {t('actions.startOver')}
              </BigButton>
            ) : null}
          </div>
          <div className="screen__footer-end">{props.primary}</div>
        </>
      }
    >
      {props.children}
    </ScreenFrame>
  );
}
