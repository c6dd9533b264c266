import type { AppError, IssuedKey } from '../../../preload/contract';
import { create } from 'zustand';

interface DeliveryFields {
  /** Null until the guest touches the switch: the kiosk default applies. */
  smsOn: boolean | null;
  /** Whether the guest is typing a number other than the booking's. */
  otherNumber: boolean;
  country: string;
  national: string;
  key: IssuedKey | null;
  /** The key was texted during this session (not at an earlier visit). */
  textedNow: boolean;
  /** The key is the one the stay already had: a repeat visit. */
  repeatVisit: boolean;
  /** Masked number a queued key will be texted to. */
  queuedTo: string | null;
  pending: boolean;
  error: AppError | null;
}

interface DeliveryState extends DeliveryFields {
  set: (fields: Partial<DeliveryFields>) => void;
  reset: () => void;
}

const initial: DeliveryFields = {
  smsOn: null,
  otherNumber: false,
  country: '',
  national: '',
  key: null,
  textedNow: false,
  repeatVisit: false,
  queuedTo: null,
  pending: false,
  error: null,
};

/** The delivery choice (screen, text, which number) and the issued key. */
export const useDeliveryStore = create<DeliveryState>()((set) => ({
  ...initial,
  set: (fields) => set(fields),
  reset: () => set(initial),
}));
