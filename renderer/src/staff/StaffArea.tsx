import { useEffect, useState } from 'react';

import { AuditScreen } from './audit/AuditScreen';
import { FrontDesk } from './desk/FrontDesk';
import { useFollowShellLanguage, useStaffT } from './i18n';
import { callStaff, setStaffLockedListener } from './lib/call';
import { useIdleLock } from './lib/use-idle-lock';
import { OutboxScreen } from './outbox/OutboxScreen';
import { PinGate } from './pin/PinGate';
import { SetupScreen } from './setup/SetupScreen';
import { resetStaffStores } from './stores/reset';
import { resetStaffSession, useStaffSession } from './stores/session';
import { useStaffSettings } from './stores/settings';
import { StatusBar } from './StatusBar';
import { StaffKeyboard } from './ui/StaffKeyboard';
import './staff.css';

type Tab = 'desk' | 'outbox' | 'audit' | 'setup';
const TABS: Tab[] = ['desk', 'outbox', 'audit', 'setup'];

/**
 * Renders the PIN-protected staff area. Every screen is behind the PIN pad,
 * and the area locks itself when idle or when main returns `staff-locked`.
 */
export function StaffArea(props: { onExit: () => void }) {
  const { t } = useStaffT();
  const phase = useStaffSession((s) => s.phase);
  const [keyboard, setKeyboard] = useState(false);
  const idleLockSeconds = useStaffSession((s) => s.idleLockSeconds);
  useFollowShellLanguage();
  useIdleLock(phase === 'unlocked', idleLockSeconds);

  useEffect(() => {
    setStaffLockedListener(() => useStaffSession.getState().lock('expired'));
    return () => {
      resetStaffStores();
      resetStaffSession();
    };
  }, []);

  const exit = async () => {
    await callStaff(() => window.lobbykey.staff.lock({}));
    props.onExit();
  };

  return (
    <section
      className="staff-area"
      data-testid="staff-area"
      aria-label={t('area.label')}
    >
      <header className="staff-header">
        <h1>{t('area.title')}</h1>
        {phase === 'unlocked' && (
          <button
            type="button"
            aria-pressed={keyboard}
            onClick={() => setKeyboard((k) => !k)}
          >
            {t('keyboard.show')}
          </button>
        )}
        {phase === 'unlocked' && (
          <button
            type="button"
            onClick={() => {
              void callStaff(() => window.lobbykey.staff.lock({}));
              useStaffSession.getState().lock(null);
            }}
          >
            {t('area.lock')}
          </button>
        )}
        <button type="button" onClick={() => void exit()}>
          {t('area.exit')}
        </button>
      </header>
      {phase === 'unlocked' ? <StaffScreens /> : <PinGate />}
      {phase === 'unlocked' && keyboard && <StaffKeyboard />}
    </section>
  );
}

function StaffScreens() {
  const { t } = useStaffT();
  const [tab, setTab] = useState<Tab>('desk');
  const load = useStaffSettings((s) => s.load);

  useEffect(() => {
    void load();
    return window.lobbykey.on('app:status', (status) =>
      useStaffSettings.getState().setStatus(status),
    );
  }, [load]);

  return (
    <>
      <StatusBar />
      <nav className="staff-tabs" aria-label={t('area.screens')}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            aria-current={tab === name ? 'page' : undefined}
            onClick={() => setTab(name)}
          >
            {t(`tabs.${name}`)}
          </button>
        ))}
      </nav>
      <div className="staff-screen">
        {tab === 'desk' && <FrontDesk />}
        {tab === 'outbox' && <OutboxScreen />}
        {tab === 'audit' && <AuditScreen />}
        {tab === 'setup' && <SetupScreen />}
      </div>
    </>
  );
}
