// Selecting rows with the mouse and keyboard. Selected rows are remembered as rows, so actions
// still know their queue after their page has scrolled out of the cache.
import type { FeedRow } from '../../preload/contract';
import { rowAt, rowById } from './feed-state';
import type { AppState } from './app-store';
import { emptySelection, selectOnly, selectRange, toggleSelected } from './selection-state';
import type { SelectionState } from './selection-state';
import type { SliceCreator } from './slice';

/** How a click changes the selection. */
export interface ClickModifiers {
  /** Shift: select the range from the anchor. */
  range: boolean;
  /** Ctrl/⌘ (or the checkbox): add or remove this row. */
  toggle: boolean;
}

/** The selection and the commands that change it. */
export interface SelectionSlice {
  selection: SelectionState;
  selectedRows: ReadonlyMap<string, FeedRow>;
  /** Asks the list to scroll a row into view. */
  reveal: { seq: number; index: number };
  /** A click on a row: a plain click selects it and opens its detail. */
  clickRow(id: string, modifiers: ClickModifiers): void;
  /** Moves the selection up (-1) or down (+1) the list. */
  moveSelection(delta: number): void;
  clearSelection(): void;
}

/** Any row the renderer holds with this id: cache, selection, open detail or timeline. */
export function knownRow(state: AppState, id: string): FeedRow | undefined {
  return (
    rowById(state.feed, id) ??
    state.selectedRows.get(id) ??
    (state.detail.data?.row.id === id ? state.detail.data.row : undefined) ??
    state.timeline.rows.find((row) => row.id === id)
  );
}

function rowsOf(state: AppState, ids: readonly string[]): Map<string, FeedRow> {
  const rows = new Map<string, FeedRow>();
  for (const id of ids) {
    const row = knownRow(state, id);
    if (row !== undefined) rows.set(id, row);
  }
  return rows;
}

/** Creates the selection slice. */
export function createSelectionSlice(): SliceCreator<SelectionSlice> {
  return (set, get) => {
    const apply = (selection: SelectionState): void =>
      set((s) => ({ selection, selectedRows: rowsOf(s, selection.ids) }));

    return {
      selection: emptySelection(),
      selectedRows: new Map(),
      reveal: { seq: 0, index: 0 },

      clickRow: (id, { range, toggle }) => {
        const state = get();
        if (range) {
          apply(
            selectRange(
              state.selection,
              id,
              (x) => state.feed.positions.get(x),
              (from, to) => {
                const ids: string[] = [];
                for (let i = from; i <= to; i += 1) {
                  const row = rowAt(state.feed, i);
                  if (row !== undefined) ids.push(row.id);
                }
                return ids;
              },
            ),
          );
        } else if (toggle) {
          apply(toggleSelected(state.selection, id));
        } else {
          apply(selectOnly(id));
          void get().openDetail(id);
        }
      },

      moveSelection: (delta) => {
        const { feed, selection, detail } = get();
        if (feed.total === 0) return;
        const current =
          selection.activeId === undefined ? undefined : feed.positions.get(selection.activeId);
        const target =
          current === undefined
            ? feed.viewport.first
            : Math.min(feed.total - 1, Math.max(0, current + delta));
        const row = rowAt(feed, target);
        if (row === undefined) return;
        apply(selectOnly(row.id));
        set((s) => ({ reveal: { seq: s.reveal.seq + 1, index: target } }));
        // An open detail pane follows the selection, like a mail client's reading pane.
        if (detail.id !== undefined) void get().openDetail(row.id);
      },

      clearSelection: () => set({ selection: emptySelection(), selectedRows: new Map() }),
    };
  };
}
