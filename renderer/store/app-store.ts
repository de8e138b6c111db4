// The renderer's one store, made of slices. Components read it through narrow selectors and
// change it only through its actions; the engine bridge feeds it pushed events.
import { createStore } from 'zustand/vanilla';

import { createActionsSlice } from './actions-slice';
import type { ActionsSlice } from './actions-slice';
import { createConnectionSlice } from './connection-slice';
import type { ConnectionSlice } from './connection-slice';
import { createDetailSlice } from './detail-slice';
import type { DetailSlice } from './detail-slice';
import { createFeedSlice } from './feed-slice';
import type { FeedSlice } from './feed-slice';
import { createSelectionSlice } from './selection-slice';
import type { SelectionSlice } from './selection-slice';
import { createSettingsSlice } from './settings-slice';
import type { SettingsSlice } from './settings-slice';
import { createStatusSlice } from './status-slice';
import type { StatusSlice } from './status-slice';
import type { StoreDeps } from './store-deps';
import { createToastSlice } from './toast-slice';
import type { ToastSlice } from './toast-slice';
import { createUiSlice } from './ui-slice';
import type { UiSlice } from './ui-slice';

/** Everything the renderer holds. */
export type AppState = ConnectionSlice &
  SettingsSlice &
  StatusSlice &
  FeedSlice &
  SelectionSlice &
  DetailSlice &
  ActionsSlice &
  ToastSlice &
  UiSlice;

const noBrowser: StoreDeps = {
  api: undefined,
  saveFile: () => undefined,
  copyText: () => Promise.reject(new Error('The clipboard is not available here.')),
};

/** Creates a fresh store (the app creates one; tests create one each). */
export function createAppStore(deps: Partial<StoreDeps> = {}) {
  const all: StoreDeps = { ...noBrowser, ...deps };
  return createStore<AppState>()((...a) => ({
    ...createConnectionSlice(all)(...a),
    ...createSettingsSlice(all)(...a),
    ...createStatusSlice(all)(...a),
    ...createFeedSlice(all)(...a),
    ...createSelectionSlice()(...a),
    ...createDetailSlice(all)(...a),
    ...createActionsSlice(all)(...a),
    ...createToastSlice()(...a),
    ...createUiSlice()(...a),
  }));
}

/** The store type, for components that receive it. */
export type AppStore = ReturnType<typeof createAppStore>;
