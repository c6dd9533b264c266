import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { followStatus } from './services/status';
import { GuestFlow } from './shell/GuestFlow';
import { IdleWatcher } from './shell/IdleWatcher';
import { installTouchGuards } from './shell/touch-guards';
import { useAppStatusStore } from './stores/app-status';
import { resetGuestSession } from './stores/reset';

// Guests never need the staff screens, so they load on first use and stay
// out of the start-up bundle.
const StaffArea = lazy(async () => {
  const module = await import('./staff/StaffArea');
  return { default: module.StaffArea };
});

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
      {staffOpen ? (
        <Suspense fallback={<Loading />}>
          <StaffArea onExit={exitStaff} />
        </Suspense>
      ) : (
        <GuestFlow />
      )}
      {staffOpen ? null : <IdleWatcher />}
    </div>
  );
}
