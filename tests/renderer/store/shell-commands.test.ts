import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createAppStore } from '../../../renderer/store/app-store';
import { connectEngine } from '../../../renderer/store/engine-bridge';
import { createFakeApi, sampleRow } from '../support/fake-api';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

// What the desktop shell asks of a window: show one event (a notification was clicked), open the
// settings (tray menu).
describe('shell commands', () => {
  it('opens the event a notification was about', async () => {
    const row = sampleRow({ messageId: 'M-7' });
    const getEvent = vi.fn(async () => null);
    const api = createFakeApi({ getEvent });
    const store = createAppStore({ api });
    const dispose = connectEngine(store, api);
    await vi.advanceTimersByTimeAsync(0);

    api.emit({ type: 'open-event', id: row.id });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().detail.id).toBe(row.id);
    expect(getEvent).toHaveBeenCalledWith({ id: row.id });
    dispose();
  });

  it('opens the settings', async () => {
    const api = createFakeApi();
    const store = createAppStore({ api });
    const dispose = connectEngine(store, api);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().settingsOpen).toBe(false);
    api.emit({ type: 'open-settings' });
    expect(store.getState().settingsOpen).toBe(true);
    dispose();
  });
});
