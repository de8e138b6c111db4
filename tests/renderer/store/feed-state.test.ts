import { describe, expect, it } from 'vitest';

import type { FeedPage, FeedRow } from '../../../preload/contract';
import {
  evictFarPages,
  initialFeedState,
  isStale,
  MAX_CACHED_PAGES,
  missingPages,
  PAGE_SIZE,
  pageRequests,
  rowAt,
  rowById,
  windowRequest,
  withLoadedRows,
  withPatchedRows,
  withQuery,
  withRefreshed,
  withViewport,
} from '../../../renderer/store/feed-state';
import type { FeedState } from '../../../renderer/store/feed-state';
import { emptyCounts } from '../support/fake-api';
import { journalRow } from '../feed/support/journal';

const page = (rows: FeedRow[], total: number): FeedPage => ({
  rows,
  total,
  counts: emptyCounts(),
  journalSize: total,
});

/** Rows for list positions offset.. of a journal of `total` (newest first). */
const rowsAt = (offset: number, count: number, total: number): FeedRow[] =>
  Array.from({ length: count }, (_, i) => journalRow(total - 1 - (offset + i)));

const loaded = (total: number, offset = 0, count = PAGE_SIZE): FeedState =>
  withLoadedRows(initialFeedState(), 0, offset, page(rowsAt(offset, count, total), total));

describe('feed paging', () => {
  it('asks only for pages it does not hold, within the list', () => {
    const state = loaded(1000);
    expect(missingPages(state, 0, 99)).toEqual([]);
    expect(missingPages(state, 50, 250)).toEqual([1, 2]);
    expect(missingPages(state, 950, 5000)).toEqual([9]);
  });

  it('groups contiguous pages into queries of at most 1000 rows', () => {
    expect(pageRequests([3, 1, 2, 7])).toEqual([
      { offset: 100, limit: 300 },
      { offset: 700, limit: 100 },
    ]);
    const many = Array.from({ length: 25 }, (_, i) => i);
    const requests = pageRequests(many);
    expect(requests.every((r) => r.limit <= 1000)).toBe(true);
    expect(requests.reduce((sum, r) => sum + r.limit, 0)).toBe(2500);
  });

  it('aligns a refresh window to pages and caps it', () => {
    expect(windowRequest(-50, 40)).toEqual({ offset: 0, limit: 100 });
    expect(windowRequest(150, 420)).toEqual({ offset: 100, limit: 400 });
    expect(windowRequest(0, 5000).limit).toBe(1000);
  });

  it('caches loaded rows by offset and finds them by index and id', () => {
    const state = withLoadedRows(loaded(1000), 0, 300, page(rowsAt(300, 100, 1000), 1000));
    expect(rowAt(state, 0)?.title).toBe('Event 999');
    expect(rowAt(state, 305)?.title).toBe('Event 694');
    expect(rowAt(state, 150)).toBeUndefined();
    expect(rowById(state, journalRow(694).id)?.title).toBe('Event 694');
  });

  it('drops answers to an older query', () => {
    const state = withQuery(loaded(1000), { text: 'failed' });
    const late = withLoadedRows(state, 0, 0, page(rowsAt(0, 100, 1000), 1000));
    expect(late).toBe(state);
    expect(state.pages.size).toBe(0);
    expect(state.loaded).toBe(false);
  });

  it('keeps only the pages nearest the viewport', () => {
    const pages = new Map(Array.from({ length: 40 }, (_, i) => [i, [] as FeedRow[]] as const));
    const kept = evictFarPages(pages, { first: 3900, last: 3910 });
    expect(kept.size).toBe(MAX_CACHED_PAGES);
    expect(kept.has(39)).toBe(true);
    expect(kept.has(0)).toBe(false);
  });
});

describe('live updates', () => {
  it('patches a cached row in place at once and marks the view stale', () => {
    const state = loaded(1000);
    const changed = journalRow(998, { state: 'deleted' });
    const next = withPatchedRows(state, [changed, journalRow(5000)]);
    expect(rowAt(next, 1)?.state).toBe('deleted');
    expect(rowAt(state, 1)?.state).toBe('leased');
    expect(isStale(next)).toBe(true);
    expect(next.total).toBe(1000);
  });

  it('follows the newest events at the top without a pill', () => {
    const state = withPatchedRows(loaded(1000), []);
    const next = withRefreshed(state, 0, state.staleSeq, 0, page(rowsAt(0, 100, 1003), 1003));
    expect(next.total).toBe(1003);
    expect(next.newCount).toBe(0);
    expect(next.shift).toEqual(state.shift);
    expect(rowAt(next, 0)?.title).toBe('Event 1002');
    expect(isStale(next)).toBe(false);
  });

  it('counts arrivals above and shifts the view when the user reads further down', () => {
    const scrolled = withViewport(loaded(1000, 500), { first: 520, last: 530 }, false);
    const next = withRefreshed(scrolled, 0, 0, 500, page(rowsAt(500, 100, 1004), 1004));
    expect(next.newCount).toBe(4);
    expect(next.shift.rows).toBe(4);
    expect(next.shift.seq).toBe(scrolled.shift.seq + 1);
    expect(next.viewport).toEqual({ first: 524, last: 534 });
    const again = withRefreshed(next, 0, 0, 500, page(rowsAt(500, 100, 1006), 1006));
    expect(again.newCount).toBe(6);
  });

  it('clears the new-events count when the user reaches the top', () => {
    const scrolled = withViewport(loaded(1000), { first: 300, last: 310 }, false);
    const counted = withRefreshed(scrolled, 0, 0, 300, page(rowsAt(300, 100, 1010), 1010));
    expect(counted.newCount).toBe(10);
    expect(withViewport(counted, { first: 0, last: 10 }, true).newCount).toBe(0);
  });

  it('stays stale when rows were pushed during the refresh', () => {
    const first = withPatchedRows(loaded(1000), []);
    const covered = first.staleSeq;
    const second = withPatchedRows(first, []);
    const next = withRefreshed(second, 0, covered, 0, page(rowsAt(0, 100, 1000), 1000));
    expect(isStale(next)).toBe(true);
  });
});
