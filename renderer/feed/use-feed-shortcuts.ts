// Keyboard shortcuts of the feed. They stay quiet while the user types, while a dialog is open
// (it handles its own keys), and for key chords that belong to the browser or the OS.
import { useEffect } from 'react';

import type { AppStore } from '../store/app-store';
import { anyDialogOpen } from '../store/ui-slice';

/** The id of the filter bar's search input, focused by "/". */
export const SEARCH_INPUT_ID = 'feed-search';

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'number',
  'password',
  'url',
  'tel',
  'date',
  'datetime-local',
  'time',
]);

/** True when keys typed into this element are text, not commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/** True when Enter on this element already means something (a button, a link). */
function activatesOnEnter(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('button, a[href], summary, [role="tab"]') !== null
  );
}

/** Handles one key press; returns whether it was a shortcut. */
export function handleFeedKey(store: AppStore, event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (isTypingTarget(event.target)) return false;
  const state = store.getState();
  if (anyDialogOpen(state)) return false;
  if (event.target instanceof Element && event.target.closest('[role="dialog"]') !== null) {
    return false;
  }
  const selected = state.selection.ids;
  switch (event.key) {
    case 'ArrowDown':
    case 'j':
      state.moveSelection(1);
      return true;
    case 'ArrowUp':
    case 'k':
      state.moveSelection(-1);
      return true;
    case 'Enter':
      if (activatesOnEnter(event.target) || state.selection.activeId === undefined) return false;
      void state.openDetail(state.selection.activeId);
      return true;
    case '/': {
      const search = document.getElementById(SEARCH_INPUT_ID);
      if (search === null) return false;
      search.focus();
      return true;
    }
    case 'Delete':
      if (selected.length === 0) return false;
      void state.deleteEvents(selected);
      return true;
    case 'r':
      if (selected.length === 0) return false;
      void state.releaseEvents(selected);
      return true;
    case 'Escape':
      if (state.compare.open) state.closeCompare();
      else if (state.detail.id !== undefined) state.closeDetail();
      else if (selected.length > 0) state.clearSelection();
      else return false;
      return true;
    default:
      return false;
  }
}

/** Listens for the feed's shortcuts on the whole document while mounted. */
export function useFeedShortcuts(store: AppStore, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (handleFeedKey(store, event)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, enabled]);
}
