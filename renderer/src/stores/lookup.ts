import type { AppError, GuestStay } from '../../../preload/contract';
import { create } from 'zustand';

export type LookupMethod = 'code' | 'phone';
export type SecondFactor = 'surname' | 'phone-digits';

interface LookupFields {
  method: LookupMethod;
  code: string;
  /** ISO region of the phone number being typed; empty means the default. */
  country: string;
  national: string;
  factor: SecondFactor;
  surname: string;
  digits: string;
  stay: GuestStay | null;
  error: AppError | null;
  pending: boolean;
  /** Epoch milliseconds until which the lookup is locked. */
  lockedUntil: number | null;
}

interface LookupState extends LookupFields {
  set: (fields: Partial<LookupFields>) => void;
  reset: () => void;
}

const initial: LookupFields = {
  method: 'code',
  code: '',
  country: '',
  national: '',
  factor: 'surname',
  surname: '',
  digits: '',
  stay: null,
  error: null,
  pending: false,
  lockedUntil: null,
};

/** The booking search: what the guest typed and the stay found. */
export const useLookupStore = create<LookupState>()((set) => ({
  ...initial,
  set: (fields) => set(fields),
  reset: () => set(initial),
}));
