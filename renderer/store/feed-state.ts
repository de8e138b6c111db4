// The feed as a window onto a journal of up to 100,000 entries: pages of rows cached by offset,
// the total that sizes the scroll area, and the bookkeeping for live updates. Pure functions only,
// so every transition can be tested without an engine.
import type { FeedCounts, FeedPage, FeedQuery, FeedRow } from '../../preload/contract';

/** Rows per cached page; pages are aligned to multiples of this. */
export const PAGE_SIZE = 100;
/** The most rows one engine query may return. */
export const MAX_QUERY_ROWS = 1000;
/** Pages kept in memory; the ones farthest from the viewport go first. */
export const MAX_CACHED_PAGES = 30;
/** Rows loaded beyond each edge of the viewport so scrolling rarely shows placeholders. */
export const PREFETCH_ROWS = 50;

/** Inclusive indices of the rows the list shows. */
export interface FeedViewport {
  first: number;
  last: number;
}

/** The feed slice's data. */
export interface FeedState {
  /** The filters, without paging. */
  query: FeedQuery;
  /** Bumped when the query changes, so answers to an older query are dropped. */
  generation: number;
  /** Cached rows by page index (offset / PAGE_SIZE), newest first. */
  pages: ReadonlyMap<number, readonly FeedRow[]>;
  /** Where each cached row sits in the list, for patching by id and range selection. */
  positions: ReadonlyMap<string, number>;
  /** Matching entries in all: sizes the scroll area. */
  total: number;
  counts: FeedCounts | undefined;
  journalSize: number;
  /** The first answer for the current query has arrived. */
  loaded: boolean;
  /**
   * The last query's rows, shown (busy) until the first answer for a new one arrives, so a
   * search refined keystroke by keystroke does not flash back to placeholders each time.
   */
  previous: { pages: ReadonlyMap<number, readonly FeedRow[]>; total: number } | undefined;
  /** Why the last query failed, in words. */
  error: string | undefined;
  /** Bumped on every pushed change; the view is stale while it differs from freshSeq. */
  staleSeq: number;
  /** The staleSeq the last refresh covered. */
  freshSeq: number;
  /** Events added above the viewport while the user was scrolled away from the top. */
  newCount: number;
  /** The user is at the top, following the newest events. */
  atTop: boolean;
  viewport: FeedViewport;
  /** Tells the list to move its scroll position down by `rows` so what the user reads stays put. */
  shift: { seq: number; rows: number };
  /** Bumped to send the list back to the top (a new query, the "new events" pill). */
  topSeq: number;
}

/** An empty feed for the unfiltered query. */
export function initialFeedState(): FeedState {
  return {
    query: {},
    generation: 0,
    pages: new Map(),
    positions: new Map(),
    total: 0,
    counts: undefined,
    journalSize: 0,
    loaded: false,
    previous: undefined,
    error: undefined,
    staleSeq: 0,
    freshSeq: 0,
    newCount: 0,
    atTop: true,
    viewport: { first: 0, last: 0 },
    shift: { seq: 0, rows: 0 },
    topSeq: 0,
  };
}

/** True while pushed changes have not been folded in by a refresh. */
export function isStale(state: FeedState): boolean {
  return state.staleSeq !== state.freshSeq;
}

/** The filters alone: paging belongs to the feed, not to the query the user built. */
export function withoutPaging(query: FeedQuery): FeedQuery {
  const { offset: _offset, limit: _limit, ...filters } = query;
  return filters;
}

/** A new query: everything cached belongs to the old one. */
export function withQuery(state: FeedState, query: FeedQuery): FeedState {
  const height = state.viewport.last - state.viewport.first;
  return {
    ...initialFeedState(),
    query: withoutPaging(query),
    generation: state.generation + 1,
    total: state.total,
    counts: state.counts,
    // Still loading the last query: keep showing what was shown before it.
    previous:
      state.loaded && state.total > 0 ? { pages: state.pages, total: state.total } : state.previous,
    journalSize: state.journalSize,
    viewport: { first: 0, last: height },
    shift: state.shift,
    topSeq: state.topSeq + 1,
  };
}

/** The row at a list index in a page cache, when its page is there. */
export function rowInPages(
  pages: ReadonlyMap<number, readonly FeedRow[]>,
  index: number,
): FeedRow | undefined {
  return pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
}

/** The row at a list index, when its page is cached. */
export function rowAt(state: FeedState, index: number): FeedRow | undefined {
  return rowInPages(state.pages, index);
}

/** A cached row by id. */
export function rowById(state: FeedState, id: string): FeedRow | undefined {
  const index = state.positions.get(id);
  return index === undefined ? undefined : rowAt(state, index);
}

/** Page indices covering rows first..last (clamped to the list) that are not cached. */
export function missingPages(state: FeedState, first: number, last: number): number[] {
  const end = state.loaded ? Math.min(last, state.total - 1) : Math.max(last, 0);
  const start = Math.max(0, first);
  const missing: number[] = [];
  for (let page = Math.floor(start / PAGE_SIZE); page * PAGE_SIZE <= end; page += 1) {
    if (!state.pages.has(page)) missing.push(page);
  }
  return missing;
}

/** One engine query for a run of pages. */
export interface PageRequest {
  offset: number;
  limit: number;
}

/** Groups page indices into as few queries as possible, each within the engine's row limit. */
export function pageRequests(pages: readonly number[]): PageRequest[] {
  const perQuery = MAX_QUERY_ROWS / PAGE_SIZE;
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const requests: PageRequest[] = [];
  let runStart: number | undefined;
  let runLength = 0;
  const close = (): void => {
    if (runStart !== undefined) {
      requests.push({ offset: runStart * PAGE_SIZE, limit: runLength * PAGE_SIZE });
    }
  };
  for (const page of sorted) {
    if (runStart !== undefined && page === runStart + runLength && runLength < perQuery) {
      runLength += 1;
    } else {
      close();
      runStart = page;
      runLength = 1;
    }
  }
  close();
  return requests;
}

/** The page-aligned query covering rows first..last, capped at the engine's row limit. */
export function windowRequest(first: number, last: number): PageRequest {
  const start = Math.floor(Math.max(0, first) / PAGE_SIZE) * PAGE_SIZE;
  const end = Math.max(
    start + PAGE_SIZE,
    Math.ceil((Math.max(first, last) + 1) / PAGE_SIZE) * PAGE_SIZE,
  );
  return { offset: start, limit: Math.min(MAX_QUERY_ROWS, end - start) };
}

function splitIntoPages(offset: number, rows: readonly FeedRow[]): Map<number, FeedRow[]> {
  const pages = new Map<number, FeedRow[]>();
  const firstPage = Math.floor(offset / PAGE_SIZE);
  for (let start = 0; start < rows.length; start += PAGE_SIZE) {
    pages.set(firstPage + start / PAGE_SIZE, rows.slice(start, start + PAGE_SIZE));
  }
  return pages;
}

function positionsOf(pages: ReadonlyMap<number, readonly FeedRow[]>): Map<string, number> {
  const positions = new Map<string, number>();
  for (const [page, rows] of pages) {
    rows.forEach((row, slot) => positions.set(row.id, page * PAGE_SIZE + slot));
  }
  return positions;
}

/** Drops the pages farthest from the viewport once more than MAX_CACHED_PAGES are held. */
export function evictFarPages(
  pages: ReadonlyMap<number, readonly FeedRow[]>,
  viewport: FeedViewport,
): ReadonlyMap<number, readonly FeedRow[]> {
  if (pages.size <= MAX_CACHED_PAGES) return pages;
  const centre = (viewport.first + viewport.last) / 2 / PAGE_SIZE;
  const keep = [...pages.keys()]
    .sort((a, b) => Math.abs(a - centre) - Math.abs(b - centre))
    .slice(0, MAX_CACHED_PAGES);
  return new Map(keep.map((page) => [page, pages.get(page) ?? []]));
}

/** Caches rows loaded for scrolling. The total only moves with a refresh, which also shifts the view. */
export function withLoadedRows(
  state: FeedState,
  generation: number,
  offset: number,
  page: FeedPage,
): FeedState {
  if (generation !== state.generation) return state;
  const pages = new Map(state.pages);
  for (const [index, rows] of splitIntoPages(offset, page.rows)) pages.set(index, rows);
  const kept = evictFarPages(pages, state.viewport);
  const first = !state.loaded;
  return {
    ...state,
    pages: kept,
    positions: positionsOf(kept),
    loaded: true,
    previous: undefined,
    error: undefined,
    total: first ? page.total : state.total,
    counts: first ? page.counts : state.counts,
    journalSize: first ? page.journalSize : state.journalSize,
  };
}

/**
 * Folds in a refresh: the fresh window replaces the cache (offsets may all have moved), and when
 * the user reads further down, the rows that arrived above push the view down by as many rows.
 */
export function withRefreshed(
  state: FeedState,
  generation: number,
  coveredSeq: number,
  offset: number,
  page: FeedPage,
): FeedState {
  if (generation !== state.generation) return state;
  const added = Math.max(0, page.total - state.total);
  const follow = state.atTop || !state.loaded;
  const pages = splitIntoPages(offset, page.rows);
  return {
    ...state,
    pages,
    positions: positionsOf(pages),
    total: page.total,
    counts: page.counts,
    journalSize: page.journalSize,
    loaded: true,
    previous: undefined,
    error: undefined,
    freshSeq: coveredSeq,
    newCount: follow ? 0 : state.newCount + added,
    viewport:
      follow || added === 0
        ? state.viewport
        : { first: state.viewport.first + added, last: state.viewport.last + added },
    shift: follow || added === 0 ? state.shift : { seq: state.shift.seq + 1, rows: added },
  };
}

/** Applies pushed rows to the cached ones with the same id, and marks the view stale. */
export function withPatchedRows(state: FeedState, rows: readonly FeedRow[]): FeedState {
  let pages: Map<number, readonly FeedRow[]> | undefined;
  const copied = new Set<number>();
  for (const row of rows) {
    const index = state.positions.get(row.id);
    if (index === undefined) continue;
    const pageIndex = Math.floor(index / PAGE_SIZE);
    pages ??= new Map(state.pages);
    const current = pages.get(pageIndex);
    if (current === undefined) continue;
    // Copy each touched page once per patch, however many of its rows change.
    const page = copied.has(pageIndex) ? (current as FeedRow[]) : [...current];
    copied.add(pageIndex);
    page[index % PAGE_SIZE] = row;
    pages.set(pageIndex, page);
  }
  return { ...state, pages: pages ?? state.pages, staleSeq: state.staleSeq + 1 };
}

/** The rows the list shows now; reaching the top clears the "new events" count. */
export function withViewport(state: FeedState, viewport: FeedViewport, atTop: boolean): FeedState {
  const same =
    state.viewport.first === viewport.first &&
    state.viewport.last === viewport.last &&
    state.atTop === atTop;
  if (same) return state;
  return { ...state, viewport, atTop, newCount: atTop ? 0 : state.newCount };
}

/** Back to the newest events: the list scrolls up and the "new events" count clears. */
export function withJumpToTop(state: FeedState): FeedState {
  const height = state.viewport.last - state.viewport.first;
  return {
    ...state,
    atTop: true,
    newCount: 0,
    viewport: { first: 0, last: height },
    topSeq: state.topSeq + 1,
  };
}

/** A failed query, in words; the cache stays so what was shown stays readable. */
export function withFeedError(state: FeedState, generation: number, message: string): FeedState {
  if (generation !== state.generation) return state;
  // A new query that failed shows the failure, not the last query's rows.
  return { ...state, error: message, previous: undefined };
}
