import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createAppStore } from '../../../renderer/store/app-store';
import { connectEngine, FEED_FLUSH_MS } from '../../../renderer/store/engine-bridge';
import { sampleStatus } from '../feed/support/journal';
import { createFakeApi, emptySettings, sampleRow } from '../support/fake-api';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('engine bridge', () => {
  it('loads everything once connected', async () => {
    const api = createFakeApi({ statuses: vi.fn(async () => [sampleStatus('watch')]) });
    const store = createAppStore({ api });
    const dispose = connectEngine(store, api);
    await vi.advanceTimersByTimeAsync(0);
    const state = store.getState();
    expect(state.info?.version).toBe('1.2.3');
    expect(state.settings).toEqual(emptySettings());
    expect(state.statuses).toHaveLength(1);
    expect(state.feed.loaded).toBe(true);
    dispose();
  });

  it('turns pushes into store changes', async () => {
    const api = createFakeApi();
    const store = createAppStore({ api });
    const dispose = connectEngine(store, api);
    await vi.advanceTimersByTimeAsync(0);

    api.emit({ type: 'status', status: sampleStatus('consume', { state: 'auth-error' }) });
    api.emit({ type: 'status', status: sampleStatus('consume', { key: 'other', queue: 'b' }) });
    expect(store.getState().statuses.map((s) => s.state)).toEqual(['auth-error', 'polling']);
    api.emit({ type: 'statuses', statuses: [sampleStatus('watch')] });
    expect(store.getState().statuses.map((s) => s.mode)).toEqual(['watch']);

    const settings = { ...emptySettings(), savedFilters: [{ name: 'Failures', query: {} }] };
    api.emit({ type: 'settings', settings });
    expect(store.getState().settings).toBe(settings);

    api.emit({ type: 'notice', level: 'warning', queueKey: 'k', message: 'Clock skew of 20 s.' });
    expect(store.getState().toasts[0]).toMatchObject({
      tone: 'warning',
      text: { values: { message: 'Clock skew of 20 s.' } },
    });
    dispose();
  });

  it('gathers feed pushes for one frame before the store sees them', async () => {
    const api = createFakeApi();
    const store = createAppStore({ api });
    const receive = vi.spyOn(store.getState(), 'receiveRows');
    const dispose = connectEngine(store, api);
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 50; i += 1) {
      api.emit({ type: 'feed', rows: [sampleRow({ messageId: `M-${i}` })] });
    }
    expect(receive).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(FEED_FLUSH_MS);
    expect(receive).toHaveBeenCalledTimes(1);
    expect(receive.mock.calls[0]?.[0]).toHaveLength(50);
    dispose();
  });

  it('stops listening when disposed', async () => {
    const api = createFakeApi();
    const store = createAppStore({ api });
    connectEngine(store, api)();
    api.emit({ type: 'statuses', statuses: [sampleStatus('watch')] });
    expect(store.getState().statuses).toEqual([]);
  });
});
