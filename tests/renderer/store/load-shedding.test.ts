// What keeps the renderer smooth under load (npm run bench): status pushes coalesced per queue,
// one query on its way at a time, and the last rows shown while a new query loads.
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { FeedPage, FeedQuery } from '../../../preload/contract';
import { createAppStore } from '../../../renderer/store/app-store';
import { connectEngine, STATUS_FLUSH_MS } from '../../../renderer/store/engine-bridge';
import { createJournal, sampleStatus } from '../feed/support/journal';
import { createFakeApi } from '../support/fake-api';

afterEach(() => {
  vi.useRealTimers();
});

describe('status pushes', () => {
  it('reach the store at once, then at most every STATUS_FLUSH_MS per queue, latest first', async () => {
    vi.useFakeTimers();
    const api = createFakeApi();
    const store = createAppStore({ api });
    const upsert = vi.spyOn(store.getState(), 'upsertStatus');
    const dispose = connectEngine(store, api);
    await vi.advanceTimersByTimeAsync(0);

    for (let seen = 1; seen <= 50; seen += 1)
      api.emit({ type: 'status', status: sampleStatus('consume', { messagesSeen: seen }) });
    api.emit({ type: 'status', status: sampleStatus('watch', { key: 'other', queue: 'b' }) });
    expect(upsert).toHaveBeenCalledTimes(2);
    expect(store.getState().statuses.find((s) => s.key !== 'other')?.messagesSeen).toBe(1);

    await vi.advanceTimersByTimeAsync(STATUS_FLUSH_MS);
    expect(upsert).toHaveBeenCalledTimes(3);
    expect(store.getState().statuses.find((s) => s.key !== 'other')?.messagesSeen).toBe(50);

    // A full set is newer than anything waiting.
    api.emit({ type: 'status', status: sampleStatus('consume', { messagesSeen: 51 }) });
    api.emit({ type: 'statuses', statuses: [sampleStatus('watch', { key: 'other', queue: 'b' })] });
    await vi.advanceTimersByTimeAsync(STATUS_FLUSH_MS * 2);
    expect(store.getState().statuses.map((s) => s.key)).toEqual(['other']);
    dispose();
  });
});

describe('a new query', () => {
  it('waits for an older query still on its way, and shows its rows until it has its own', async () => {
    const journal = createJournal(500);
    const answers: { query: FeedQuery; resolve(): void }[] = [];
    const queryFeed = vi.fn(
      (query: FeedQuery) =>
        new Promise<FeedPage>((resolve) => {
          answers.push({ query, resolve: () => void journal.queryFeed(query).then(resolve) });
        }),
    );
    const store = createAppStore({ api: createFakeApi({ queryFeed }) });
    const first = store.getState().ensureRows(0, 10);
    answers.shift()?.resolve();
    await first;
    const shownBefore = store.getState().feed.pages;

    store.getState().setQuery({ text: 'a' });
    store.getState().setQuery({ text: 'ab' });
    store.getState().setQuery({ text: 'abc' });
    // Only the first of the three went out; the rows of the unfiltered list stay on show.
    expect(queryFeed).toHaveBeenCalledTimes(2);
    expect(store.getState().feed.loaded).toBe(false);
    expect(store.getState().feed.previous?.pages).toBe(shownBefore);

    answers.shift()?.resolve();
    await vi.waitFor(() => expect(queryFeed).toHaveBeenCalledTimes(3));
    expect(queryFeed.mock.lastCall?.[0]).toMatchObject({ text: 'abc', offset: 0 });
    expect(store.getState().feed.loaded).toBe(false);

    answers.shift()?.resolve();
    await vi.waitFor(() => expect(store.getState().feed.loaded).toBe(true));
    expect(store.getState().feed.query).toEqual({ text: 'abc' });
    expect(store.getState().feed.previous).toBeUndefined();
  });
});
