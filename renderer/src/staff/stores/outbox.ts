import type { z } from 'zod';
import { create } from 'zustand';

import type { AppError, OutboxItemSchema } from '../../../../preload/contract';
import { callStaff } from '../lib/call';
import { registerStoreReset } from './reset';

export type OutboxItem = z.infer<typeof OutboxItemSchema>;

interface OutboxState {
  items: OutboxItem[];
  loaded: boolean;
  error: AppError | null;
  load: () => Promise<void>;
  replace: (item: OutboxItem) => void;
}

const initial = { items: [], loaded: false, error: null };

export const useOutbox = create<OutboxState>()((set, get) => ({
  ...initial,
  load: async () => {
    const result = await callStaff(() => window.lobbykey.outbox.list({}));
    if (result.ok) set({ items: result.value, loaded: true, error: null });
    else set({ error: result.error, loaded: true });
  },
  replace: (item) =>
    set({ items: get().items.map((i) => (i.id === item.id ? item : i)) }),
}));

registerStoreReset(() => useOutbox.setState(initial));
