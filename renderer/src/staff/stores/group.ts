import type { z } from 'zod';
import { create } from 'zustand';

import type { AppError, GroupResultSchema } from '../../../../preload/contract';
import { callStaff } from '../lib/call';
import { registerStoreReset } from './reset';

export type GroupResult = z.infer<typeof GroupResultSchema>;

interface GroupState {
  jobId: string | null;
  running: boolean;
  done: number;
  total: number;
  results: GroupResult[];
  error: AppError | null;
  /** Issues cards; `retry` keeps the earlier rows and replaces the re-run ones. */
  run: (
    reservationIds: number[],
    sendSms: boolean,
    retry?: boolean,
  ) => Promise<void>;
  clear: () => void;
}

const initial = {
  jobId: null,
  running: false,
  done: 0,
  total: 0,
  results: [],
  error: null,
};

/** One group issue at a time: its progress and a result per reservation. */
export const useGroupIssue = create<GroupState>()((set, get) => ({
  ...initial,
  run: async (reservationIds, sendSms, retry = false) => {
    if (get().running) return;
    const jobId = crypto.randomUUID();
    const earlier = retry ? get().results : [];
    set({
      ...initial,
      jobId,
      running: true,
      total: reservationIds.length,
    });

    const stop = window.lobbykey.on('cards:group-progress', (progress) => {
      if (progress.jobId !== get().jobId) return;
      set({ done: progress.done, total: progress.total });
    });
    const result = await callStaff(() =>
      window.lobbykey.cards.groupIssue({ jobId, reservationIds, sendSms }),
    );
    stop();

    if (result.ok) {
      const total = result.value.results.length;
      const results = mergeResults(earlier, result.value.results);
      set({ running: false, results, done: total });
    } else {
      set({ running: false, error: result.error });
    }
  },
  clear: () => set(initial),
}));

registerStoreReset(() => useGroupIssue.setState(initial));

/** Reservation ids whose card could not be issued in the last run. */
export function failedIds(results: readonly GroupResult[]): number[] {
  return results.filter((r) => !r.ok).map((r) => r.reservationId);
}

/** Replaces the rows of `earlier` that `latest` ran again, keeping order. */
export function mergeResults(
  earlier: readonly GroupResult[],
  latest: readonly GroupResult[],
): GroupResult[] {
  const byId = new Map(latest.map((r) => [r.reservationId, r]));
  const merged = earlier.map((r) => byId.get(r.reservationId) ?? r);
  const known = new Set(earlier.map((r) => r.reservationId));
  return [...merged, ...latest.filter((r) => !known.has(r.reservationId))];
}
