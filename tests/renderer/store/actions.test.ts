import { describe, expect, it, vi } from 'vitest';

import type { QueueMode } from '../../../preload/contract';
import { createAppStore } from '../../../renderer/store/app-store';
import { createJournal, journalRow, sampleStatus } from '../feed/support/journal';
import { createFakeApi } from '../support/fake-api';

async function storeWith(mode: QueueMode) {
  const journal = createJournal(10);
  const api = createFakeApi({
    queryFeed: vi.fn(journal.queryFeed),
    deleteMessages: vi.fn(async ({ ids }) => ({ ticket: 't-1', ids, sendsAt: 5_000 })),
  });
  const saveFile = vi.fn();
  const copyText = vi.fn(async () => undefined);
  const store = createAppStore({ api, saveFile, copyText });
  store.getState().replaceStatuses([sampleStatus(mode)]);
  await store.getState().ensureRows(0, 10);
  return { store, api, saveFile, copyText };
}
const id = (n: number) => journalRow(n).id;

describe('delete with undo', () => {
  it('offers undo for a consumed event, then reports the outcome in words', async () => {
    const { store, api } = await storeWith('consume');
    await store.getState().deleteEvents([id(9), id(8)]);
    expect(api.deleteMessages).toHaveBeenCalledWith({ ids: [id(9), id(8)] });
    const [pending] = store.getState().toasts;
    expect(pending?.undo).toEqual({ ticket: 't-1', count: 2, sendsAt: 5_000 });
    expect(pending?.text).toEqual({ key: 'feed.toast.deletePending', values: { count: 2 } });

    store.getState().applyActionResults('t-1', [
      { id: id(9), ok: true },
      { id: id(8), ok: false, failure: 'lease-expired', message: 'Receipt handle expired.' },
    ]);
    const toasts = store.getState().toasts;
    expect(toasts).toHaveLength(1);
    expect(toasts[0]?.tone).toBe('error');
    expect(toasts[0]?.persistent).toBe(true);
    expect(toasts[0]?.details[0]).toEqual({
      key: 'feed.failure.lease-expired',
      values: { id: 'MSG-8', message: 'Receipt handle expired.' },
    });
  });

  it('undo replaces the pending toast', async () => {
    const { store, api } = await storeWith('consume');
    await store.getState().deleteEvents([id(9)]);
    await store.getState().undoDelete('t-1');
    expect(api.undoDelete).toHaveBeenCalledWith({ ticket: 't-1' });
    expect(store.getState().toasts.map((t) => t.text.key)).toEqual(['feed.toast.undone']);
  });

  it('never deletes from a watched queue, and says why', async () => {
    const { store, api } = await storeWith('watch');
    await store.getState().deleteEvents([id(9)]);
    await store.getState().releaseEvents([id(9)]);
    expect(api.deleteMessages).not.toHaveBeenCalled();
    expect(api.releaseMessage).not.toHaveBeenCalled();
    expect(store.getState().toasts.map((t) => t.text.key)).toEqual([
      'feed.toast.nothingToDelete',
      'feed.toast.nothingToRelease',
    ]);
  });
});

describe('other actions', () => {
  it('releases leased events and reports failures per message', async () => {
    const { store, api } = await storeWith('consume');
    vi.mocked(api.releaseMessage).mockImplementation(async ({ id: which }) =>
      which === id(8)
        ? { id: which, ok: false, failure: 'no-lease', message: 'Not ours.' }
        : { id: which, ok: true },
    );
    await store.getState().releaseEvents([id(9), id(8)]);
    const [toast] = store.getState().toasts;
    expect(toast?.text).toEqual({
      key: 'feed.toast.releaseFailed',
      values: { failed: 1, count: 2 },
    });
  });

  it('exports the current filter and hands the file over', async () => {
    const { store, api, saveFile } = await storeWith('watch');
    store.getState().setQuery({ outcomes: ['failure'] });
    await store.getState().exportEvents('filter', 'csv');
    expect(api.exportEvents).toHaveBeenCalledWith({
      query: { outcomes: ['failure'] },
      format: 'csv',
    });
    expect(saveFile).toHaveBeenCalledWith(
      expect.objectContaining({ fileName: 'mns-watch-export.csv' }),
    );
  });

  it('copies message ids, one a line', async () => {
    const { store, copyText } = await storeWith('watch');
    await store.getState().copyMessageIds([id(9), id(7)]);
    expect(copyText).toHaveBeenCalledWith('MSG-9\nMSG-7');
  });

  it('keeps errors until dismissed and caps the list', () => {
    const store = createAppStore();
    const error = store.getState().pushToast({
      tone: 'error',
      text: { key: 'feed.toast.engineMessage', values: { message: 'boom' } },
    });
    for (let i = 0; i < 8; i += 1) {
      store.getState().pushToast({ tone: 'info', text: { key: 'feed.toast.undone' } });
    }
    expect(store.getState().toasts).toHaveLength(5);
    expect(store.getState().toasts[0]?.id).toBe(error);
    store.getState().dismissToast(error);
    expect(store.getState().toasts.some((t) => t.id === error)).toBe(false);
  });
});
