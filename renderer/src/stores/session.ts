import type { AppError, Language } from '../../../preload/contract';
import { create } from 'zustand';

/** The guest screens, in flow order. */
export type Step =
  | 'welcome'
  | 'find'
  | 'verify'
  | 'confirm'
  | 'delivery'
  | 'issuing'
  | 'key'
  | 'queued'
  | 'failed';

interface SessionState {
  step: Step;
  language: Language;
  helpOpen: boolean;
  /** The failure the `failed` screen explains. */
  failure: AppError | null;
  /**
   * Counts sessions, so a result that arrives after a reset can tell that
   * its guest has gone and is dropped.
   */
  generation: number;
  go: (step: Step) => void;
  setLanguage: (language: Language) => void;
  setHelpOpen: (open: boolean) => void;
  fail: (error: AppError) => void;
  reset: (language: Language) => void;
}

/** The flow: which screen shows, in which language. */
export const useSessionStore = create<SessionState>()((set) => ({
  step: 'welcome',
  language: 'en',
  helpOpen: false,
  failure: null,
  generation: 0,
  go: (step) => set({ step }),
  setLanguage: (language) => set({ language }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  fail: (failure) => set({ failure, step: 'failed' }),
  reset: (language) =>
    set((state) => ({
      step: 'welcome',
      language,
      helpOpen: false,
      failure: null,
      generation: state.generation + 1,
    })),
}));
