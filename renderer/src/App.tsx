import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { followStatus } from './services/status';
import { GuestFlow } from './shell/GuestFlow';
import { IdleWatcher } from './shell/IdleWatcher';
import { installTouchGuards } from './shell/touch-guards';
import { StaffArea } from './staff/StaffArea';
import { useAppStatusStore } from './stores/app-status';
import { resetGuestSession } from './stores/reset';

function Loading() {
  const { t } = useTranslation('common');
  return (
    <div className="app app--loading" data-app-ready="false" role="status">
      <p>{t('loading')}</p>
    </div>
  );
}

/** Opens the staff area at start when the kiosk runs at a front desk. */
function useFrontDeskStart(): void {
  const mode = useAppStatusStore((state) => state.status?.kiosk.mode ?? null);
  const setStaffOpen = useAppStatusStore((state) => state.setStaffOpen);
  useEffect(() => {
    if (mode === 'front-desk') setStaffOpen(true);
  }, [mode, setStaffOpen]);
}

/** The app shell: status, touch guards, and the guest or staff screens. */
export function App() {
  const loaded = useAppStatusStore((state) => state.status !== null);
  const staffOpen = useAppStatusStore((state) => state.staffOpen);
  const setStaffOpen = useAppStatusStore((state) => state.setStaffOpen);

  useEffect(() => followStatus(), []);
  useEffect(() => installTouchGuards(), []);
  useFrontDeskStart();

  if (!loaded) return <Loading />;

  const exitStaff = () => {
    setStaffOpen(false);
    resetGuestSession();
  };
  return (
    <div className="app" data-app-ready="true">
      {staffOpen ? <StaffArea onExit={exitStaff} /> : <GuestFlow />}
      {staffOpen ? null : <IdleWatcher />}
    </div>
  );
}
