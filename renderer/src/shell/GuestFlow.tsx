import type { ComponentType } from 'react';

import { HelpPanel } from '../components/HelpPanel';
import { ConfirmScreen } from '../screens/ConfirmScreen';
import { DeliveryScreen } from '../screens/DeliveryScreen';
import { FailedScreen } from '../screens/FailedScreen';
import { FindScreen } from '../screens/FindScreen';
import { IssuingScreen } from '../screens/IssuingScreen';
import { KeyScreen } from '../screens/KeyScreen';
import { QueuedScreen } from '../screens/QueuedScreen';
import { VerifyScreen } from '../screens/VerifyScreen';
import { WelcomeScreen } from '../screens/WelcomeScreen';
import { useAppStatusStore } from '../stores/app-status';
import { useSessionStore, type Step } from '../stores/session';

const SCREENS: Record<Step, ComponentType> = {
  welcome: WelcomeScreen,
  find: FindScreen,
  verify: VerifyScreen,
  confirm: ConfirmScreen,
  delivery: DeliveryScreen,
  issuing: IssuingScreen,
  key: KeyScreen,
  queued: QueuedScreen,
  failed: FailedScreen,
};

/** The guest screens: the current step, and the help panel over it. */
export function GuestFlow() {
  const step = useSessionStore((state) => state.step);
  // The key resets the screen's own state (countdowns, inputs) per session.
  const generation = useSessionStore((state) => state.generation);
  const helpOpen = useSessionStore((state) => state.helpOpen);
  const setHelpOpen = useSessionStore((state) => state.setHelpOpen);
  const contact = useAppStatusStore(
    (state) => state.status?.kiosk.helpContact ?? '',
  );
  const Screen = SCREENS[step];

  return (
    <>
      <Screen key={`${generation}-${step}`} />
      {helpOpen ? (
        <HelpPanel contact={contact} onClose={() => setHelpOpen(false)} />
      ) : null}
    </>
  );
}
