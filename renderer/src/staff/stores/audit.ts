import type { z } from 'zod';
import { create } from 'zustand';

import type {
  AppError,
  AuditEntrySchema,
  AuditFilterSchema,
} from '../../../../preload/contract';
import { callStaff } from '../lib/call';
import { registerStoreReset } from './reset';

export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type AuditFilter = z.input<typeof AuditFilterSchema>;

/** Filter fields as typed; empty strings mean "any". */
export interface AuditFilterDraft {
  from: string;
  to: string;
  room: string;
  action: string;
}

interface AuditState {
  draft: AuditFilterDraft;
  entries: AuditEntry[];
  loaded: boolean;
  error: AppError | null;
  setDraft: (patch: Partial<AuditFilterDraft>) => void;
  load: () => Promise<void>;
}

const initial = {
  draft: { from: '', to: '', room: '', action: '' },
  entries: [],
  loaded: false,
  error: null,
};

/** Turns the typed filter into a request, leaving out empty fields. */
export function toAuditFilter(draft: AuditFilterDraft): AuditFilter {
  const filter: AuditFilter = {};
  if (draft.from) filter.from = draft.from;
  if (draft.to) filter.to = draft.to;
  if (draft.room.trim()) filter.room = draft.room.trim();
  if (draft.action.trim()) filter.action = draft.action.trim();
  return filter;
}

export const useAudit = create<AuditState>()((set, get) => ({
  ...initial,
  setDraft: (patch) => set({ draft: { ...get().draft, ...patch } }),
  load: async () => {
    const filter = toAuditFilter(get().draft);
    const result = await callStaff(() => window.lobbykey.audit.list(filter));
    if (result.ok) set({ entries: result.value, loaded: true, error: null });
    else set({ error: result.error, loaded: true });
  },
}));

registerStoreReset(() => useAudit.setState(initial));
