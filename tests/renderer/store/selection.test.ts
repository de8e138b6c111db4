import { describe, expect, it, vi } from 'vitest';

import { createAppStore } from '../../../renderer/store/app-store';
import {
  emptySelection,
  selectOnly,
  selectRange,
  toggleSelected,
  withoutIds,
} from '../../../renderer/store/selection-state';
import { createJournal, journalRow } from '../feed/support/journal';
import { createFakeApi } from '../support/fake-api';

describe('selection transitions', () => {
  it('selects one, toggles others, and drops ids that are gone', () => {
    const one = selectOnly('a');
    expect(one).toEqual({ ids: ['a'], anchorId: 'a', activeId: 'a' });
    const two = toggleSelected(one, 'b');
    expect(two.ids).toEqual(['a', 'b']);
    expect(toggleSelected(two, 'a').ids).toEqual(['b']);
    expect(withoutIds(two, new Set(['a'])).ids).toEqual(['b']);
  });

  it('selects a range from the anchor in either direction', () => {
    const positions: Record<string, number> = { a: 2, b: 5 };
    const between = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => `row-${from + i}`);
    const range = selectRange(selectOnly('b'), 'a', (id) => positions[id], between);
    expect(range.ids).toEqual(['row-2', 'row-3', 'row-4', 'row-5']);
    expect(range.anchorId).toBe('b');
    expect(selectRange(emptySelection(), 'a', (id) => positions[id], between).ids).toEqual(['a']);
  });
});

describe('selection slice', () => {
  async function loadedStore() {
    const journal = createJournal(300);
    const api = createFakeApi({ queryFeed: vi.fn(journal.queryFeed) });
    const store = createAppStore({ api });
    await store.getState().ensureRows(0, 20);
    return { store, api };
  }
  const id = (n: number) => journalRow(n).id;

  it('a plain click selects the row and opens its detail', async () => {
    const { store, api } = await loadedStore();
    store.getState().clickRow(id(298), { range: false, toggle: false });
    expect(store.getState().selection.ids).toEqual([id(298)]);
    expect(store.getState().detail.id).toBe(id(298));
    expect(api.getEvent).toHaveBeenCalledWith({ id: id(298) });
  });

  it('shift-click selects the loaded rows between anchor and target', async () => {
    const { store } = await loadedStore();
    store.getState().clickRow(id(299), { range: false, toggle: false });
    store.getState().clickRow(id(296), { range: true, toggle: false });
    expect(store.getState().selection.ids).toEqual([id(299), id(298), id(297), id(296)]);
    expect(store.getState().selectedRows.get(id(297))?.title).toBe('Event 297');
  });

  it('arrow keys move the selection within the list and reveal the row', async () => {
    const { store } = await loadedStore();
    store.getState().moveSelection(1);
    expect(store.getState().selection.ids).toEqual([id(299)]);
    store.getState().moveSelection(1);
    store.getState().moveSelection(1);
    expect(store.getState().selection.ids).toEqual([id(297)]);
    expect(store.getState().reveal.index).toBe(2);
    store.getState().moveSelection(-5);
    expect(store.getState().selection.ids).toEqual([id(299)]);
  });

  it('pushed changes reach the remembered selected rows', async () => {
    const { store } = await loadedStore();
    store.getState().clickRow(id(299), { range: false, toggle: true });
    store.getState().receiveRows([journalRow(299, { state: 'deleted' })]);
    expect(store.getState().selectedRows.get(id(299))?.state).toBe('deleted');
  });
});
