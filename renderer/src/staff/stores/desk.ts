import { create } from 'zustand';

import type { AppError, Reservation } from '../../../../preload/contract';
import { callStaff } from '../lib/call';
import { registerStoreReset } from './reset';

export type DeskView = 'arrivals' | 'search';

interface DeskState {
  view: DeskView;
  search: string;
  reservations: Reservation[];
  total: number;
  loading: boolean;
  error: AppError | null;
  /** Reservation whose detail panel is open. */
  openId: number | null;
  /** Reservations ticked for a group issue. */
  selected: ReadonlySet<number>;
  setSearch: (search: string) => void;
  showView: (view: DeskView) => void;
  open: (id: number | null) => void;
  toggle: (id: number) => void;
  selectAll: (ids: number[]) => void;
  clearSelection: () => void;
  load: (arrivalDate: string) => Promise<void>;
  replace: (reservation: Reservation) => void;
}

const initial = {
  view: 'arrivals' as DeskView,
  search: '',
  reservations: [],
  total: 0,
  loading: false,
  error: null,
  openId: null,
  selected: new Set<number>(),
};

/** Front-desk list state: which reservations show, are open and ticked. */
export const useDesk = create<DeskState>()((set, get) => ({
  ...initial,
  setSearch: (search) => set({ search }),
  showView: (view) => set({ view }),
  open: (openId) => set({ openId }),
  toggle: (id) => {
    const selected = new Set(get().selected);
    if (selected.has(id)) selected.delete(id);
    else selected.add(id);
    set({ selected });
  },
  selectAll: (ids) => set({ selected: new Set(ids) }),
  clearSelection: () => set({ selected: new Set() }),
  load: async (arrivalDate) => {
    const { view, search } = get();
    set({ loading: true });
    const request =
      view === 'arrivals'
        ? { arrivalDate, limit: 500 }
        : { search: search.trim(), limit: 200 };

    const result = await callStaff(() =>
      window.lobbykey.reservations.list(request),
    );

    if (result.ok) {
      set({
        reservations: result.value.items,
        total: result.value.total,
        error: null,
        loading: false,
      });
    } else {
      set({ error: result.error, loading: false });
    }
  },
  replace: (reservation) =>
    set({
      reservations: get().reservations.map((r) =>
        r.id === reservation.id ? reservation : r,
      ),
    }),
}));

registerStoreReset(() => useDesk.setState(initial));
