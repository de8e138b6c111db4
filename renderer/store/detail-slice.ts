// The event open in the side pane, and the base picked for a side-by-side compare.
import type { EventDetail } from '../../preload/contract';
import { selectOnly } from './selection-state';
import type { SliceCreator } from './slice';
import { callEngine, errorText } from './store-deps';
import type { StoreDeps } from './store-deps';

/** Why the detail could not be shown. */
export type DetailError = { kind: 'missing' } | { kind: 'failed'; message: string };

/** The open event. */
export interface DetailState {
  id: string | undefined;
  data: EventDetail | undefined;
  error: DetailError | undefined;
  loading: boolean;
}

/** The compare base, and whether the compare view is showing. */
export interface CompareState {
  base: EventDetail | undefined;
  open: boolean;
}

/** The detail pane and compare commands. */
export interface DetailSlice {
  detail: DetailState;
  compare: CompareState;
  /** Loads one event into the side pane. */
  openDetail(id: string): Promise<void>;
  /** Selects and opens an event, wherever it is in the list (a notification click). */
  openEvent(id: string): void;
  closeDetail(): void;
  /** First use marks the open event as the base; with a base set, shows both side by side. */
  compareWithOpen(): void;
  /** Closes the compare view and forgets the base. */
  closeCompare(): void;
}

const closedDetail: DetailState = {
  id: undefined,
  data: undefined,
  error: undefined,
  loading: false,
};

/** Creates the detail slice. */
export function createDetailSlice(deps: StoreDeps): SliceCreator<DetailSlice> {
  return (set, get) => ({
    detail: closedDetail,
    compare: { base: undefined, open: false },

    openDetail: async (id) => {
      const api = deps.api;
      set((s) => ({
        detail: {
          id,
          data: s.detail.data?.row.id === id ? s.detail.data : undefined,
          error: undefined,
          loading: true,
        },
      }));
      if (api === undefined) return;
      let next: Pick<DetailState, 'data' | 'error'>;
      try {
        const data = await callEngine(() => api.getEvent({ id }));
        next =
          data === null
            ? { data: undefined, error: { kind: 'missing' } }
            : { data, error: undefined };
      } catch (error) {
        next = { data: undefined, error: { kind: 'failed', message: errorText(error) } };
      }
      // Another row may have been opened while this one loaded.
      if (get().detail.id !== id) return;
      set({ detail: { id, ...next, loading: false } });
    },

    openEvent: (id) => {
      set({ selection: selectOnly(id) });
      void get().openDetail(id);
    },

    closeDetail: () => set({ detail: closedDetail, compare: { ...get().compare, open: false } }),

    compareWithOpen: () => {
      const { detail, compare } = get();
      if (detail.data === undefined) return;
      if (compare.base === undefined || compare.base.row.id === detail.data.row.id) {
        set({ compare: { base: detail.data, open: false } });
        get().pushToast({ tone: 'info', text: { key: 'feed.compare.baseSet' } });
        return;
      }
      set({ compare: { base: compare.base, open: true } });
    },

    closeCompare: () => set({ compare: { base: undefined, open: false } }),
  });
}
