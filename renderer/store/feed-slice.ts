// The feed slice: loads the pages the list shows, folds in pushed rows at once, and refreshes
// the visible window at most every REFRESH_INTERVAL_MS however fast events arrive.
import type { FeedPage, FeedQuery, FeedRow } from '../../preload/contract';
import {
  initialFeedState,
  isStale,
  missingPages,
  PAGE_SIZE,
  pageRequests,
  PREFETCH_ROWS,
  windowRequest,
  withFeedError,
  withJumpToTop,
  withLoadedRows,
  withPatchedRows,
  withQuery,
  withRefreshed,
  withViewport,
} from './feed-state';
import type { FeedState } from './feed-state';
import type { SliceCreator } from './slice';
import { callEngine, errorText } from './store-deps';
import type { StoreDeps } from './store-deps';

/** The least time between two refreshes of the visible window. */
export const REFRESH_INTERVAL_MS = 300;
/** How many rows of the current query the timeline groups. */
export const TIMELINE_LIMIT = 1000;

/** The rows the timeline groups into cards. */
export interface TimelineState {
  rows: FeedRow[];
  loaded: boolean;
  error: string | undefined;
}

/** The feed and the commands that page through it. */
export interface FeedSlice {
  feed: FeedState;
  timeline: TimelineState;
  /** New filters: the list starts again from the newest match. */
  setQuery(query: FeedQuery): void;
  /** The list scrolled: remember what it shows and load what is missing. */
  setViewport(first: number, last: number, atTop: boolean): void;
  /** Loads the pages around rows first..last that are not cached yet. */
  ensureRows(first: number, last: number): Promise<void>;
  /** Rows pushed by the engine: patch the cached ones now, refresh the window soon. */
  receiveRows(rows: readonly FeedRow[]): void;
  /** Reloads the visible window, the total and the counts. */
  refreshFeed(): Promise<void>;
  /** Asks for a refresh, coalescing bursts into one every REFRESH_INTERVAL_MS. */
  scheduleRefresh(): void;
  /** Back to the newest events. */
  jumpToTop(): void;
  /** Loads up to TIMELINE_LIMIT rows of the current query for the timeline. */
  loadTimeline(): Promise<void>;
  /** Cancels a pending refresh (the app is closing). */
  stopFeed(): void;
}

/** Whether a page request of a query older than `generation` is still on its way. */
function olderInFlight(inFlight: ReadonlySet<string>, generation: number): boolean {
  for (const key of inFlight) if (Number(key.slice(0, key.indexOf(':'))) < generation) return true;
  return false;
}

function replaceById(rows: readonly FeedRow[], pushed: ReadonlyMap<string, FeedRow>): FeedRow[] {
  return rows.map((row) => pushed.get(row.id) ?? row);
}

/** Creates the feed slice. */
export function createFeedSlice(deps: StoreDeps): SliceCreator<FeedSlice> {
  return (set, get) => {
    const inFlight = new Set<string>();
    // Rows of the current query that wait for an older query's answer (see ensureRows).
    let deferred = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let refreshing = false;
    let lastRefreshAt = Number.NEGATIVE_INFINITY;

    const query = (request: FeedQuery): Promise<FeedPage> => {
      const api = deps.api;
      if (api === undefined) return Promise.reject(new Error('No engine is connected.'));
      return callEngine(() => api.queryFeed(request));
    };

    const runRefresh = async (): Promise<void> => {
      refreshing = true;
      lastRefreshAt = Date.now();
      try {
        await get().refreshFeed();
      } finally {
        refreshing = false;
        // Rows pushed while the refresh was on its way need another one.
        if (isStale(get().feed)) get().scheduleRefresh();
      }
    };

    return {
      feed: initialFeedState(),
      timeline: { rows: [], loaded: false, error: undefined },

      setQuery: (next) => {
        set((s) => ({ feed: withQuery(s.feed, next), timeline: { ...s.timeline, loaded: false } }));
        const { first, last } = get().feed.viewport;
        void get().ensureRows(first, last);
        if (get().view === 'timeline') void get().loadTimeline();
      },

      setViewport: (first, last, atTop) => {
        set((s) => ({ feed: withViewport(s.feed, { first, last }, atTop) }));
        void get().ensureRows(first, last);
      },

      ensureRows: async (first, last) => {
        const state = get().feed;
        const generation = state.generation;
        // The engine answers in order, so while an older query's pages are on their way a new
        // query would only wait behind them; typing fast would pile up scans nobody sees. Ask
        // once they are back, for whatever the query is by then.
        if (olderInFlight(inFlight, generation)) {
          deferred = true;
          return;
        }
        const wanted = missingPages(state, first - PREFETCH_ROWS, last + PREFETCH_ROWS).filter(
          (page) => !inFlight.has(`${generation}:${page}`),
        );
        await Promise.all(
          pageRequests(wanted).map(async ({ offset, limit }) => {
            const keys = wanted
              .filter((page) => page * PAGE_SIZE >= offset && page * PAGE_SIZE < offset + limit)
              .map((page) => `${generation}:${page}`);
            keys.forEach((key) => inFlight.add(key));
            try {
              const page = await query({ ...state.query, offset, limit });
              set((s) => ({ feed: withLoadedRows(s.feed, generation, offset, page) }));
            } catch (error) {
              set((s) => ({ feed: withFeedError(s.feed, generation, errorText(error)) }));
            } finally {
              keys.forEach((key) => inFlight.delete(key));
              const now = get().feed;
              if (deferred && !olderInFlight(inFlight, now.generation)) {
                deferred = false;
                void get().ensureRows(now.viewport.first, now.viewport.last);
              }
            }
          }),
        );
      },

      receiveRows: (rows) => {
        if (rows.length === 0) return;
        const pushed = new Map(rows.map((row) => [row.id, row]));
        set((s) => {
          const open = s.detail.data;
          const patchedOpen = open === undefined ? undefined : pushed.get(open.row.id);
          return {
            feed: withPatchedRows(s.feed, rows),
            timeline: s.timeline.loaded
              ? { ...s.timeline, rows: replaceById(s.timeline.rows, pushed) }
              : s.timeline,
            selectedRows: s.selection.ids.some((id) => pushed.has(id))
              ? new Map([...s.selectedRows].map(([id, row]) => [id, pushed.get(id) ?? row]))
              : s.selectedRows,
            detail:
              open !== undefined && patchedOpen !== undefined
                ? { ...s.detail, data: { ...open, row: patchedOpen } }
                : s.detail,
          };
        });
        get().scheduleRefresh();
      },

      refreshFeed: async () => {
        const start = get().feed;
        const generation = start.generation;
        const covered = start.staleSeq;
        try {
          let { first, last } = start.viewport;
          if (!start.atTop && start.loaded) {
            // Where the rows the user reads have moved to, before fetching them.
            const head = await query({ ...start.query, offset: 0, limit: 1 });
            const added = Math.max(0, head.total - start.total);
            first += added;
            last += added;
          }
          const { offset, limit } = windowRequest(first - PREFETCH_ROWS, last + PREFETCH_ROWS);
          const page = await query({ ...start.query, offset, limit });
          set((s) => ({ feed: withRefreshed(s.feed, generation, covered, offset, page) }));
        } catch (error) {
          set((s) => ({ feed: withFeedError(s.feed, generation, errorText(error)) }));
          return;
        }
        const { first, last } = get().feed.viewport;
        void get().ensureRows(first, last);
        if (get().view === 'timeline') await get().loadTimeline();
      },

      scheduleRefresh: () => {
        if (timer !== undefined || refreshing) return;
        const wait = Math.max(0, lastRefreshAt + REFRESH_INTERVAL_MS - Date.now());
        timer = setTimeout(() => {
          timer = undefined;
          void runRefresh();
        }, wait);
      },

      jumpToTop: () => {
        set((s) => ({ feed: withJumpToTop(s.feed) }));
        const { first, last } = get().feed.viewport;
        void get().ensureRows(first, last);
      },

      loadTimeline: async () => {
        const { generation, query: filters } = get().feed;
        try {
          const page = await query({ ...filters, offset: 0, limit: TIMELINE_LIMIT });
          if (get().feed.generation !== generation) return;
          set({ timeline: { rows: page.rows, loaded: true, error: undefined } });
        } catch (error) {
          set((s) => ({ timeline: { ...s.timeline, error: errorText(error) } }));
        }
      },

      stopFeed: () => {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
      },
    };
  };
}
