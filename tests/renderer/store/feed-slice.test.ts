import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createAppStore } from '../../../renderer/store/app-store';
import { connectEngine } from '../../../renderer/store/engine-bridge';
import { rowAt } from '../../../renderer/store/feed-state';
import { createJournal, journalRow } from '../feed/support/journal';
import { createFakeApi } from '../support/fake-api';

function setup(total: number) {
  const journal = createJournal(total);
  const api = createFakeApi({ queryFeed: vi.fn(journal.queryFeed) });
  const store = createAppStore({ api });
  return { journal, api, store, queryFeed: vi.mocked(api.queryFeed) };
}

describe('feed slice paging', () => {
  it('queries each page once and serves cached pages without the engine', async () => {
    const { store, queryFeed } = setup(100_000);
    await store.getState().ensureRows(0, 20);
    expect(queryFeed).toHaveBeenCalledTimes(1);
    expect(queryFeed.mock.calls[0]?.[0]).toMatchObject({ offset: 0, limit: 100 });
    expect(store.getState().feed.total).toBe(100_000);

    await store.getState().ensureRows(10, 30);
    expect(queryFeed).toHaveBeenCalledTimes(1);

    await store.getState().ensureRows(5000, 5010);
    expect(queryFeed).toHaveBeenCalledTimes(2);
    expect(queryFeed.mock.calls[1]?.[0]).toMatchObject({ offset: 4900, limit: 200 });
    expect(rowAt(store.getState().feed, 5005)?.title).toBe('Event 94994');
  });

  it('passes the filters with every page and starts over when they change', async () => {
    const { store, queryFeed } = setup(500);
    await store.getState().ensureRows(0, 10);
    store.getState().setQuery({ text: 'transcode', offset: 40, limit: 3 });
    await vi.waitFor(() => expect(store.getState().feed.loaded).toBe(true));
    expect(store.getState().feed.query).toEqual({ text: 'transcode' });
    expect(queryFeed.mock.lastCall?.[0]).toMatchObject({ text: 'transcode', offset: 0 });
  });

  it('shows a failed query in words', async () => {
    const api = createFakeApi({
      queryFeed: vi.fn(async () => Promise.reject(new Error('journal locked'))),
    });
    const store = createAppStore({ api });
    await store.getState().ensureRows(0, 10);
    expect(store.getState().feed.error).toBe('journal locked');
  });
});

describe('feed slice live updates', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('patches cached rows immediately and refreshes later', async () => {
    const { store, queryFeed } = setup(1000);
    await store.getState().ensureRows(0, 10);
    queryFeed.mockClear();
    store.getState().receiveRows([journalRow(999, { state: 'deleting' })]);
    expect(rowAt(store.getState().feed, 0)?.state).toBe('deleting');
    expect(queryFeed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(queryFeed).toHaveBeenCalledTimes(1);
  });

  it('batches a storm of pushes into at most one refresh every 300 ms', async () => {
    const { store, api, journal, queryFeed } = setup(1000);
    const dispose = connectEngine(store, api);
    await vi.waitFor(() => expect(store.getState().feed.loaded).toBe(true));
    queryFeed.mockClear();

    // 3,000 events in one second: a push of 30 rows every 10 ms.
    for (let tick = 0; tick < 100; tick += 1) {
      const rows = Array.from({ length: 30 }, () => {
        journal.total += 1;
        return journal.rowAtIndex(0);
      });
      api.emit({ type: 'feed', rows });
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(1000);

    expect(queryFeed.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(queryFeed.mock.calls.length).toBeLessThanOrEqual(6);
    expect(store.getState().feed.total).toBe(4000);
    expect(rowAt(store.getState().feed, 0)?.title).toBe('Event 3999');
    dispose();
  });

  it('keeps the reader in place and counts new events when scrolled away', async () => {
    const { store, journal } = setup(1000);
    await store.getState().ensureRows(0, 10);
    store.getState().setViewport(400, 410, false);
    await vi.advanceTimersByTimeAsync(0);
    const reading = rowAt(store.getState().feed, 400)?.id;

    journal.total += 7;
    store.getState().receiveRows([journal.rowAtIndex(0)]);
    await vi.advanceTimersByTimeAsync(0);

    const feed = store.getState().feed;
    expect(feed.newCount).toBe(7);
    expect(feed.shift.rows).toBe(7);
    expect(feed.viewport.first).toBe(407);
    expect(rowAt(feed, 407)?.id).toBe(reading);

    store.getState().jumpToTop();
    expect(store.getState().feed.newCount).toBe(0);
    expect(store.getState().feed.atTop).toBe(true);
  });
});
