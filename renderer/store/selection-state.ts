// Which rows are selected: pure transitions over ids, so selection survives rows moving down
// the list as new events arrive.

/** The selection slice's data. */
export interface SelectionState {
  /** Selected row ids, in the order they were selected. */
  ids: readonly string[];
  /** Where a shift-click range starts. */
  anchorId: string | undefined;
  /** The row the keyboard moves from. */
  activeId: string | undefined;
}

/** Nothing selected. */
export function emptySelection(): SelectionState {
  return { ids: [], anchorId: undefined, activeId: undefined };
}

/** Exactly one row selected (a plain click or an arrow key). */
export function selectOnly(id: string): SelectionState {
  return { ids: [id], anchorId: id, activeId: id };
}

/** Adds or removes one row (checkbox, Ctrl/⌘-click). */
export function toggleSelected(state: SelectionState, id: string): SelectionState {
  const ids = state.ids.includes(id) ? state.ids.filter((x) => x !== id) : [...state.ids, id];
  return { ids, anchorId: id, activeId: id };
}

/**
 * Selects every row from the anchor to `id` (shift-click). `idsBetween` lists the ids between two
 * list positions; rows not loaded are skipped rather than guessed.
 */
export function selectRange(
  state: SelectionState,
  id: string,
  positionOf: (id: string) => number | undefined,
  idsBetween: (from: number, to: number) => string[],
): SelectionState {
  const anchor = state.anchorId === undefined ? undefined : positionOf(state.anchorId);
  const target = positionOf(id);
  if (anchor === undefined || target === undefined || state.anchorId === undefined) {
    return selectOnly(id);
  }
  const range = idsBetween(Math.min(anchor, target), Math.max(anchor, target));
  return { ids: range, anchorId: state.anchorId, activeId: id };
}

/** Drops ids that no longer exist (after deletes leave the journal, say). */
export function withoutIds(state: SelectionState, gone: ReadonlySet<string>): SelectionState {
  const ids = state.ids.filter((id) => !gone.has(id));
  return ids.length === state.ids.length ? state : { ...state, ids };
}
